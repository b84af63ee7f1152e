package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one level to insert, gathered column by column: the parallel arrays that one
 * {@code insert … select * from unnest(…)} statement takes.
 */
final class LevelColumns {

  private final List<Long> parents = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Integer> positions = new ArrayList<>();
  private final List<String> types = new ArrayList<>();

  void add(long parent, String title, int position) {
    parents.add(parent);
    titles.add(title);
    positions.add(position);
  }

  void add(long parent, String type, String title, int position) {
    add(parent, title, position);
    types.add(type);
  }

  boolean isEmpty() {
    return parents.isEmpty();
  }

  long[] parents() {
    return parents.stream().mapToLong(Long::longValue).toArray();
  }

  String[] titles() {
    return titles.toArray(String[]::new);
  }

  int[] positions() {
    return positions.stream().mapToInt(Integer::intValue).toArray();
  }

  String[] types() {
    return types.toArray(String[]::new);
  }
}
