package dev.syllabus.domain.course;

/** Identifies a course; positive, as the database assigns it. */
public record CourseId(long value) implements ParentId {

  public CourseId {
    Ids.requirePositive(value, "course");
  }

  @Override
  public String kind() {
    return "course";
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
