package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One level of new course trees, flattened for a single {@code insert … select * from unnest(…)}:
 * every child of every parent, with its parent's id and its position (1 is first) in parallel
 * arrays.
 */
record Level<C>(List<C> children, long[] parents, int[] positions) {

  /** The children of all the parents, in order, given the parents' ids in the same order. */
  static <P, C> Level<C> below(List<P> parents, long[] parentIds, Function<P, List<C>> childrenOf) {
    List<C> children = new ArrayList<>();
    List<Integer> parentIndexes = new ArrayList<>();
    for (int p = 0; p < parents.size(); p++) {
      for (C child : childrenOf.apply(parents.get(p))) {
        children.add(child);
        parentIndexes.add(p);
      }
    }
    long[] parentsOfChildren = new long[children.size()];
    int[] positions = new int[children.size()];
    for (int c = 0; c < children.size(); c++) {
      int p = parentIndexes.get(c);
      parentsOfChildren[c] = parentIds[p];
      positions[c] = c > 0 && parentIndexes.get(c - 1) == p ? positions[c - 1] + 1 : 1;
    }
    return new Level<>(children, parentsOfChildren, positions);
  }

  boolean isEmpty() {
    return children.isEmpty();
  }

  <T> T[] column(Function<C, T> value, IntFunction<T[]> array) {
    return children.stream().map(value).toArray(array);
  }

  /**
   * The new id of each child, in the order of {@link #children()}, matched by the natural key
   * (parent, position) the insert returned with each id: nothing relies on the order of rows.
   */
  long[] idsFrom(List<InsertedChild> inserted) {
    Map<Key, Long> byKey = new HashMap<>(inserted.size() * 2);
    for (InsertedChild child : inserted) {
      byKey.put(new Key(child.parentId(), child.position()), child.id());
    }
    long[] ids = new long[children.size()];
    for (int c = 0; c < ids.length; c++) {
      ids[c] = byKey.get(new Key(parents[c], positions[c]));
    }
    return ids;
  }

  private record Key(long parent, int position) {}
}
