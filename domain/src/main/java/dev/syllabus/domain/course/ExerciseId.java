package dev.syllabus.domain.course;

/** Identifies a exercise; positive, as the database assigns it. */
public record ExerciseId(long value) {

  public ExerciseId {
    Ids.requirePositive(value, "exercise");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
