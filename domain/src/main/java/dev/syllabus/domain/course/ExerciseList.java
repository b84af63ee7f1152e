package dev.syllabus.domain.course;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A lesson's exercises in position order, immutable, held in a few arrays instead of an object
 * graph. A request that serves a course keeps its whole aggregate alive until the last byte is
 * written. As records, each exercise was four objects (the exercise, its id, its title and the
 * title's bytes), about 120 bytes for an 18-character title, and a course of 100,000 exercises held
 * 12 MB; four such requests at once in a 256 MiB heap forced full collections.
 *
 * <p>Here an exercise costs its fields and its title (two thirds of that), or, built {@link
 * #compactBuilder compact}, its fields and its title's characters (a third): then all titles of the
 * lesson are one string, and each title read is a new one. That is worth it only for large trees,
 * whose size decides whether a request fits; a small tree would pay a string per title read for
 * memory nobody misses.
 *
 * <p>An exercise read from the list is made when it is read, equal to the one put in (a list
 * compares element by element, so it equals any other list of the same exercises). Building one
 * checks nothing the exercises did not check themselves, except their order, which {@link #inOrder}
 * and {@link Builder#build} keep.
 */
public final class ExerciseList extends AbstractList<Exercise> implements RandomAccess {

  private static final ExerciseType[] TYPES = ExerciseType.values();
  private static final ExerciseList EMPTY = new Builder(0, false).pack();

  // Arrays may be longer than size: a lesson's are not copied again to trim them.
  private final int size;
  private final long[] ids;
  private final byte[] types;
  private final int[] positions;

  /** Each title, unless compact; then null. */
  private final String[] titles;

  /** Compact: every title, one after the other, the i-th ending at {@code titleEnds[i]}. */
  private final String joinedTitles;

  private final int[] titleEnds;

  private ExerciseList(Builder built, String joinedTitles) {
    this.size = built.size;
    this.ids = built.ids;
    this.types = built.types;
    this.positions = built.positions;
    this.titles = built.titles;
    this.joinedTitles = joinedTitles;
    this.titleEnds = built.titleEnds;
  }

  /**
   * The exercises as a list of this kind, sorted by position if they were not; positions must be
   * unique.
   */
  static ExerciseList inOrder(List<Exercise> exercises) {
    if (exercises instanceof ExerciseList packed) {
      return packed;
    }
    List<Exercise> ordered = Positions.inOrder(exercises, "lesson");
    Builder builder = new Builder(ordered.size(), false);
    ordered.forEach(builder::add);
    return builder.pack();
  }

  /** Gathers a lesson's exercises as they are read, one at a time. */
  public static Builder builder() {
    return new Builder(8, false);
  }

  /** The same, for a list whose titles are joined into one string, each as it is added. */
  public static Builder compactBuilder() {
    return new Builder(8, true);
  }

  /**
   * The exercises as a list of this kind: the list itself if it is one, as every lesson's is
   * (otherwise sorted by position as {@link #inOrder} sorts).
   */
  public static ExerciseList of(List<Exercise> exercises) {
    return inOrder(exercises);
  }

  @Override
  public Exercise get(int index) {
    return new Exercise(
        new ExerciseId(idAt(index)), typeAt(index), titleAt(index), positionAt(index));
  }

  // A field read alone: for a reader that copies the fields out, as a response does for every
  // exercise it writes. get() makes an exercise and its id, and checks them again on the way.

  /** The id of the exercise at this index, as {@code get(index).id().value()}. */
  public long idAt(int index) {
    return ids[Objects.checkIndex(index, size)];
  }

  /** The type of the exercise at this index, as {@code get(index).type()}. */
  public ExerciseType typeAt(int index) {
    return TYPES[types[Objects.checkIndex(index, size)]];
  }

  /** The title of the exercise at this index, as {@code get(index).title()}. */
  public String titleAt(int index) {
    Objects.checkIndex(index, size);
    if (joinedTitles == null) {
      return titles[index];
    }
    return joinedTitles.substring(index == 0 ? 0 : titleEnds[index - 1], titleEnds[index]);
  }

  /** The position of the exercise at this index, as {@code get(index).position()}. */
  public int positionAt(int index) {
    return positions[Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }

  /** Adds exercises at the end; {@link #build} makes the list, in position order. */
  public static final class Builder {

    private long[] ids;
    private byte[] types;
    private int[] positions;
    private String[] titles; // null if compact
    // Compact: the titles appended as they come, so that the strings they came in die young.
    private final StringBuilder joinedTitles;
    private int[] titleEnds;
    private int size;
    private boolean ordered = true;
    private boolean built;

    private Builder(int capacity, boolean compact) {
      ids = new long[capacity];
      types = new byte[capacity];
      positions = new int[capacity];
      titles = compact ? null : new String[capacity];
      joinedTitles = compact ? new StringBuilder() : null;
      titleEnds = compact ? new int[capacity] : null;
    }

    public Builder add(Exercise exercise) {
      // Checked when it was made.
      return append(exercise.id().value(), exercise.type(), exercise.title(), exercise.position());
    }

    /** The same as adding the exercise of these fields, without making it first. */
    public Builder add(long id, ExerciseType type, String title, int position) {
      Exercise.requireValid(type, title, position);
      return append(id, type, title, position);
    }

    private Builder append(long id, ExerciseType type, String title, int position) {
      if (built) {
        throw new IllegalStateException("the list was built");
      }
      if (size == ids.length) {
        int capacity = Math.max(8, size * 2);
        ids = Arrays.copyOf(ids, capacity);
        types = Arrays.copyOf(types, capacity);
        positions = Arrays.copyOf(positions, capacity);
        if (joinedTitles == null) {
          titles = Arrays.copyOf(titles, capacity);
        } else {
          titleEnds = Arrays.copyOf(titleEnds, capacity);
        }
      }
      ordered &= size == 0 || position > positions[size - 1];
      ids[size] = id;
      types[size] = (byte) type.ordinal();
      positions[size] = position;
      if (joinedTitles == null) {
        titles[size] = title;
      } else {
        titleEnds[size] = joinedTitles.append(title).length();
      }
      size++;
      return this;
    }

    /**
     * The exercises added, in position order; positions must be unique. The list shares the
     * builder's arrays, so nothing can be added after.
     */
    public ExerciseList build() {
      return ordered ? pack() : inOrder(List.copyOf(pack()));
    }

    private ExerciseList pack() {
      built = true;
      if (size == 0 && EMPTY != null) {
        return EMPTY;
      }
      return joinedTitles == null
          ? new ExerciseList(this, null)
          : new ExerciseList(this, joinedTitles.toString());
    }
  }
}
