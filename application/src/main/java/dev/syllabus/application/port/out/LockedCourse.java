package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import java.util.Objects;

/**
 * A course locked for a change, with the version it had before: a change on a condition checks that
 * one, and the change makes it one higher.
 */
public record LockedCourse(CourseId course, long previousVersion) {

  public LockedCourse {
    Objects.requireNonNull(course, "course");
  }

  public long newVersion() {
    return previousVersion + 1;
  }
}
