package dev.syllabus.domain.course;

/** Identifies a exercise; positive, as the database assigns it. */
public record ExerciseId(long value) implements ChildId {

  public ExerciseId {
    Ids.requirePositive(value, "exercise");
  }

  @Override
  public String kind() {
    return "exercise";
  }

  @Override
  public boolean fitsUnder(ParentId parent) {
    return parent instanceof LessonId;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
