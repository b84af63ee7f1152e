package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The children of each parent, gathered one at a time as rows come in. Rows come ordered by parent,
 * so each parent's children are one run: one map entry per run, not one lookup per child.
 */
final class ChildrenByParent<T> {

  private final Map<Long, List<T>> byParent = new HashMap<>();
  private List<T> run;
  private long runParent;

  void add(long parent, T child) {
    if (run == null || parent != runParent) {
      run = byParent.computeIfAbsent(parent, any -> new ArrayList<>());
      runParent = parent;
    }
    run.add(child);
  }

  /** The parent's children in the order they came, or none. */
  List<T> of(long parent) {
    return byParent.getOrDefault(parent, List.of());
  }
}
