package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The children of each parent, gathered one at a time as rows come in. Rows come ordered by parent,
 * so each parent's children are one run: one map entry per run, not one lookup per child. Each
 * parent's children are gathered in a {@code G} and handed out as a list of {@code T}: the
 * exercises go into a builder field by field, with no object made per row.
 */
final class ChildrenByParent<G, T> {

  private final Map<Long, G> byParent = new HashMap<>();
  private final Supplier<G> newRun;
  private final Function<G, List<T>> children;
  private G run;
  private long runParent;

  private ChildrenByParent(Supplier<G> newRun, Function<G, List<T>> children) {
    this.newRun = newRun;
    this.children = children;
  }

  /** Each parent's children in a list. */
  static <T> ChildrenByParent<List<T>, T> inLists() {
    return new ChildrenByParent<>(ArrayList::new, Function.identity());
  }

  /**
   * Each lesson's exercises packed as they come ({@link ExerciseList}): no object per exercise
   * stays alive while the rest of the course is read; compact ones for a large read.
   */
  static ChildrenByParent<ExerciseList.Builder, Exercise> packedExercises(boolean compact) {
    return new ChildrenByParent<>(
        compact ? ExerciseList::compactBuilder : ExerciseList::builder,
        ExerciseList.Builder::build);
  }

  /** Where the next child of this parent goes. */
  G into(long parent) {
    if (run == null || parent != runParent) {
      run = byParent.computeIfAbsent(parent, any -> newRun.get());
      runParent = parent;
    }
    return run;
  }

  /** The parent's children in the order they came, or none; once for each parent. */
  List<T> of(long parent) {
    G gathered = byParent.get(parent);
    return gathered == null ? List.of() : children.apply(gathered);
  }
}
