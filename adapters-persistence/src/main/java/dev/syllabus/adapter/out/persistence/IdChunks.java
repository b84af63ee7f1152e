package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one statement per chunk of at most {@code maxIdsPerStatement} ids, so that a level costs
 * ceil(ids / max) statements: the trade between round trips and the size of one statement.
 */
final class IdChunks {

  private final int maxIdsPerStatement;

  IdChunks(int maxIdsPerStatement) {
    if (maxIdsPerStatement < 1) {
      throw new IllegalArgumentException(
          "maxIdsPerStatement must be positive, was " + maxIdsPerStatement);
    }
    this.maxIdsPerStatement = maxIdsPerStatement;
  }

  /** Runs the statement for each chunk in turn; no statement at all for no ids. */
  void forEach(long[] ids, Consumer<long[]> statement) {
    for (int from = 0; from < ids.length; from += maxIdsPerStatement) {
      int to = Math.min(ids.length, from + maxIdsPerStatement);
      statement.accept(from == 0 && to == ids.length ? ids : Arrays.copyOfRange(ids, from, to));
    }
  }

  /** The rows of all chunks, chunk after chunk; no statement at all for no ids. */
  <R> List<R> query(long[] ids, Function<long[], List<R>> statement) {
    if (ids.length == 0) {
      return List.of();
    }
    if (ids.length <= maxIdsPerStatement) {
      return statement.apply(ids);
    }
    List<R> rows = new ArrayList<>();
    forEach(ids, chunk -> rows.addAll(statement.apply(chunk)));
    return rows;
  }
}
