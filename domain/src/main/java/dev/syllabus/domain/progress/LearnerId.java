package dev.syllabus.domain.progress;

/** Identifies a learner; positive. */
public record LearnerId(long value) {

  public LearnerId {
    if (value <= 0) {
      throw new IllegalArgumentException("learner id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
