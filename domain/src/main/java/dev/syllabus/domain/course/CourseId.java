package dev.syllabus.domain.course;

/** Identifies a course; positive, as the database assigns it. */
public record CourseId(long value) {

  public CourseId {
    Ids.requirePositive(value, "course");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
