package dev.syllabus.domain.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps children in position order and positions unique within their parent. */
final class Positions {

  private Positions() {}

  static int requireValid(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, was " + position);
    }
    return position;
  }

  /**
   * An unmodifiable copy of the children in position order. Children read from the database already
   * come in order, so the common case is one pass that checks and one copy.
   */
  static <T extends Positioned> List<T> inOrder(List<T> children, String parent) {
    if (children == null) {
      // Not requireNonNull(children, parent + " children"): that message was built for every node.
      throw new NullPointerException(parent + " children");
    }
    List<T> ordered = List.copyOf(children);
    if (!strictlyIncreasing(ordered)) {
      List<T> sorted = new ArrayList<>(ordered);
      sorted.sort(Comparator.comparingInt(Positioned::position));
      if (!strictlyIncreasing(sorted)) {
        throw new IllegalArgumentException("positions must be unique within a " + parent);
      }
      ordered = List.copyOf(sorted);
    }
    return ordered;
  }

  private static boolean strictlyIncreasing(List<? extends Positioned> children) {
    // One position() per child, not two: on 100,000 exercises this interface call adds up.
    int previous = Integer.MIN_VALUE;
    for (Positioned child : children) {
      int position = child.position();
      if (position <= previous) {
        return false;
      }
      previous = position;
    }
    return true;
  }
}
