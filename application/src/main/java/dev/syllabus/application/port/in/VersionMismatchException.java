package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;

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

  /** Throws unless the expected version accepts the current one: the rule every store keeps. */
  public static void check(CourseId course, ExpectedVersion expected, long current) {
    if (!expected.accepts(current)) {
      throw new VersionMismatchException(course, expected, current);
    }
  }

  public long currentVersion() {
    return currentVersion;
  }
}
