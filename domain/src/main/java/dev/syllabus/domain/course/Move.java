package dev.syllabus.domain.course;

import java.util.Objects;

/**
 * What moving a node changes, as {@link NodePlace#moveTo} decides it: nothing, its place among its
 * siblings, or its parent. A store applies a move as it is; it decides nothing.
 */
public sealed interface Move {

  /** Where the node was. */
  NodePlace from();

  /** The node stays where it is. */
  record Stay(NodePlace from) implements Move {
    public Stay {
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * The node moves to {@code to} among its own siblings; those it passes move one place towards
   * where it was.
   */
  record Reordering(NodePlace from, int to) implements Move {
    public Reordering {
      Objects.requireNonNull(from, "from");
      Positions.requireValid(to);
      if (to == from.position()) {
        throw new IllegalArgumentException("a reordering changes the position");
      }
    }

    /** The siblings between the old place and the new one, and the way they move. */
    public Shift passed() {
      return to > from.position()
          ? new Shift(from.parent(), from.position() + 1, to, -1)
          : new Shift(from.parent(), to, from.position() - 1, 1);
    }
  }

  /**
   * The node moves under another parent: the siblings there make room for it, and those after its
   * old place close the gap.
   */
  record Transfer(NodePlace from, Insertion to) implements Move {
    public Transfer {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
