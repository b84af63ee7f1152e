package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The children of each parent, gathered one at a time as rows come in. Rows come ordered by parent,
 * so each parent's children are one run: one map entry per run, not one lookup per child. Each
 * child comes as an {@code R} and is kept as a {@code T}: the exercises come as rows.
 */
final class ChildrenByParent<R, T> {

  /** Gathers one parent's children. */
  private interface Run<R, T> {
    void add(R child);

    List<T> children();
  }

  private final Map<Long, Run<R, T>> byParent = new HashMap<>();
  private final Supplier<Run<R, T>> newRun;
  private Run<R, T> run;
  private long runParent;

  private ChildrenByParent(Supplier<Run<R, T>> newRun) {
    this.newRun = newRun;
  }

  /** Each parent's children in a list. */
  static <T> ChildrenByParent<T, T> inLists() {
    return new ChildrenByParent<>(
        () ->
            new Run<>() {
              private final List<T> children = new ArrayList<>();

              @Override
              public void add(T child) {
                children.add(child);
              }

              @Override
              public List<T> children() {
                return children;
              }
            });
  }

  /**
   * Each lesson's exercises packed as they come ({@link ExerciseList}): no object per exercise
   * stays alive while the rest of the course is read; compact ones for a large read.
   */
  static ChildrenByParent<ExerciseRow, Exercise> packedExercises(boolean compact) {
    return new ChildrenByParent<>(
        () ->
            new Run<>() {
              private final ExerciseList.Builder exercises =
                  compact ? ExerciseList.compactBuilder() : ExerciseList.builder();

              @Override
              public void add(ExerciseRow child) {
                exercises.add(child.id(), child.type(), child.title(), child.position());
              }

              @Override
              public List<Exercise> children() {
                return exercises.build();
              }
            });
  }

  void add(long parent, R child) {
    if (run == null || parent != runParent) {
      run = byParent.computeIfAbsent(parent, any -> newRun.get());
      runParent = parent;
    }
    run.add(child);
  }

  /** The parent's children in the order they came, or none. */
  List<T> of(long parent) {
    Run<R, T> children = byParent.get(parent);
    return children == null ? List.of() : children.children();
  }
}
