package dev.syllabus.domain.course;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a module, lesson or exercise is: in which course, under which parent, at which position.
 */
public record NodePlace(ChildId node, CourseId course, ParentId parent, int position) {

  public NodePlace {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(parent, "parent");
    Positions.requireValid(position);
  }

  /**
   * Where the node goes among {@code target} (its own siblings, or those of another parent) at the
   * position asked for. Among its own siblings it keeps its place unless a position is given, and
   * can go no further than the last place; under another parent it goes at the end unless a
   * position is given, and can go one past the last.
   *
   * @throws CourseRuleException if the target cannot hold this kind of node, or the position is
   *     past the end
   */
  public Move moveTo(Siblings target, OptionalInt position) {
    if (target.parent().equals(parent)) {
      int to = position.orElse(this.position);
      Siblings.requireBetween(to, target.count());
      return to == this.position ? new Move.Stay(this) : new Move.Reordering(this, to);
    }
    target.requireFits(node);
    return new Move.Transfer(this, target.insert(position));
  }

  /** The siblings after the node, each one place earlier: what closes the gap it leaves. */
  public Shift closing() {
    return new Shift(parent, position + 1, Shift.END, -1);
  }
}
