package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import java.util.Objects;

/** A course tree at one version: what an ETag names and an If-Match expects. */
public record CourseVersion(CourseId course, long version) {

  public CourseVersion {
    Objects.requireNonNull(course, "course");
  }
}
