package dev.syllabus.domain.course;

/** Identifies a module; positive, as the database assigns it. */
public record ModuleId(long value) {

  public ModuleId {
    Ids.requirePositive(value, "module");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
