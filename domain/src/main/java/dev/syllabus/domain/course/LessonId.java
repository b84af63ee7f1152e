package dev.syllabus.domain.course;

/** Identifies a lesson; positive, as the database assigns it. */
public record LessonId(long value) implements ParentId, ChildId {

  public LessonId {
    Ids.requirePositive(value, "lesson");
  }

  @Override
  public String kind() {
    return "lesson";
  }

  @Override
  public boolean fitsUnder(ParentId parent) {
    return parent instanceof ModuleId;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
