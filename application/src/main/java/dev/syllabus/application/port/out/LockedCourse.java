package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import java.util.Objects;

/**
 * A course locked for a change, with the version it had before (a change on a condition checks that
 * one, and the change makes it one higher) and its size as stored.
 */
public record LockedCourse(CourseId course, long previousVersion, CourseSize size) {

  public LockedCourse {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(size, "size");
  }

  public long newVersion() {
    return previousVersion + 1;
  }
}
