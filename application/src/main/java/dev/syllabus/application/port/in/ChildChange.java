package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;
import java.util.Objects;

/** The module, lesson or exercise a change made or touched, and its course's new version. */
public record ChildChange(ChildId child, CourseVersion course) {

  public ChildChange {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(course, "course");
  }
}
