package dev.syllabus.domain.course;

/** Identifies a module; positive, as the database assigns it. */
public record ModuleId(long value) implements ParentId, ChildId {

  public ModuleId {
    Ids.requirePositive(value, "module");
  }

  @Override
  public String kind() {
    return "module";
  }

  @Override
  public boolean fitsUnder(ParentId parent) {
    return parent instanceof CourseId;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
