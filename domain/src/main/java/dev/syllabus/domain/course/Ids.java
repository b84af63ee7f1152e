package dev.syllabus.domain.course;

/** The one rule every identifier of the aggregate follows. */
final class Ids {

  private Ids() {}

  static void requirePositive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " id must be positive, was " + value);
    }
  }
}
