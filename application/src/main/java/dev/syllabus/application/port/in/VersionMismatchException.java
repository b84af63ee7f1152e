package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;

/**
 * A change was made on the condition that the course tree was still at a version, and it was not:
 * someone else changed it meanwhile. Nothing was changed.
 */
public class VersionMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public VersionMismatchException(CourseId course, ExpectedVersion expected, long current) {
    super(
        "Course "
            + course
            + " is at version "
            + current
            + ", not "
            + expected.describe()
            + ": it changed meanwhile");
    this.currentVersion = current;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
