package dev.syllabus.domain.progress;

/** How many of some exercises a learner has completed, out of how many there are. */
public record ProgressCount(long completed, long total) {

  public static final ProgressCount NONE = new ProgressCount(0, 0);

  public ProgressCount {
    if (completed < 0 || completed > total) {
      throw new IllegalArgumentException(
          "a count needs 0 <= completed <= total, was " + completed + " of " + total);
    }
  }

  public ProgressCount plus(ProgressCount other) {
    return new ProgressCount(completed + other.completed, total + other.total);
  }
}
