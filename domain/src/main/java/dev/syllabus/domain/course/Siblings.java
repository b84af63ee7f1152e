package dev.syllabus.domain.course;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The children of one parent, as much of them as the rules of their places need: how many there
 * are. Their positions are dense, 1 to {@code count}; every rule here keeps them so.
 */
public record Siblings(ParentId parent, int count) {

  public Siblings {
    Objects.requireNonNull(parent, "parent");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }

  /**
   * Where a new child goes: at the position asked for, which may be one past the last, or else at
   * the end.
   *
   * @throws CourseRuleException if the position is past that
   */
  public Insertion insert(OptionalInt position) {
    int at = position.orElse(count + 1);
    requireBetween(at, count + 1);
    return new Insertion(parent, at);
  }

  /** A new child of the right kind for this parent, or a refusal naming the kind it takes. */
  void requireFits(ChildId child) {
    if (!child.fitsUnder(parent)) {
      throw new CourseRuleException(
          "parent", "is a " + parent.kind() + ", which cannot hold the " + child.kind());
    }
  }

  static void requireBetween(int position, int last) {
    if (position < 1 || position > last) {
      throw new CourseRuleException(
          "position", "must be between 1 and " + last + ", was " + position);
    }
  }
}
