package dev.syllabus.domain.course;

import java.util.Objects;

/** Where a new child goes, and the siblings that move down one place to make room for it. */
public record Insertion(ParentId parent, int position) {

  public Insertion {
    Objects.requireNonNull(parent, "parent");
    Positions.requireValid(position);
  }

  /** The siblings from the new child's position on, each one place later. */
  public Shift opening() {
    return new Shift(parent, position, Shift.END, 1);
  }
}
