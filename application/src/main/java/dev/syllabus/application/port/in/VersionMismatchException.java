package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import java.util.OptionalLong;

/**
 * A change was made on the condition that the course tree was still at a version, and it was not:
 * someone else changed it meanwhile. Nothing was changed.
 */
public class VersionMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public VersionMismatchException(CourseId course, long expected, long current) {
    super(
        "Course "
            + course
            + " is at version "
            + current
            + ", not "
            + expected
            + ": it changed meanwhile");
    this.currentVersion = current;
  }

  /** Throws unless the expected version, if any, is the current one: the rule every store keeps. */
  public static void check(CourseId course, OptionalLong expected, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new VersionMismatchException(course, expected.getAsLong(), current);
    }
  }

  public long currentVersion() {
    return currentVersion;
  }
}
