package dev.syllabus.domain.course;

/** Identifies a lesson; positive, as the database assigns it. */
public record LessonId(long value) {

  public LessonId {
    Ids.requirePositive(value, "lesson");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
