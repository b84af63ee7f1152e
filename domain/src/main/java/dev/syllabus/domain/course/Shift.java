package dev.syllabus.domain.course;

import java.util.Objects;

/**
 * Siblings that move together: every child of {@code parent} whose position lies between {@code
 * from} and {@code to} (both included) moves by {@code by} places. {@link #END} as {@code to} means
 * "and every later one". A store applies a shift as it is; the rules that make one are in {@link
 * Siblings} and {@link NodePlace}.
 */
public record Shift(ParentId parent, int from, int to, int by) {

  /** The last position there can be: a shift to it reaches the end of the siblings. */
  public static final int END = Integer.MAX_VALUE;

  public Shift {
    Objects.requireNonNull(parent, "parent");
    if (from < 1 || by == 0) {
      throw new IllegalArgumentException("a shift starts at 1 or later and moves: " + from + by);
    }
  }

  /** Whether no position can be in the range: nothing moves. */
  public boolean isEmpty() {
    return from > to;
  }

  /** The place a sibling at {@code position} ends up in. */
  public int apply(int position) {
    return position >= from && position <= to ? position + by : position;
  }
}
