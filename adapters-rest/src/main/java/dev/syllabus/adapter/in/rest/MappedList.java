package dev.syllabus.adapter.in.rest;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only list whose elements are mapped from another list's each time they are read. The
 * exercise views of a tree are made this way, one by one while the JSON is written, and dropped
 * right after: a large course never holds its aggregate and a second tree of views at once.
 */
final class MappedList<S, T> extends AbstractList<T> implements RandomAccess {

  private final List<S> source;
  private final Function<? super S, ? extends T> mapping;

  MappedList(List<S> source, Function<? super S, ? extends T> mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  @Override
  public T get(int index) {
    return mapping.apply(source.get(index));
  }

  @Override
  public int size() {
    return source.size();
  }
}
