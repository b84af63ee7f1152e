package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /** The rows of all chunks, chunk after chunk; no statement at all for no ids. */
  <R> List<R> query(long[] ids, Function<long[], List<R>> statement) {
    if (ids.length == 0) {
      return List.of();
    }
    if (ids.length <= maxIdsPerStatement) {
      return statement.apply(ids);
    }
    List<R> rows = new ArrayList<>();
    for (int from = 0; from < ids.length; from += maxIdsPerStatement) {
      int to = Math.min(ids.length, from + maxIdsPerStatement);
      rows.addAll(statement.apply(Arrays.copyOfRange(ids, from, to)));
    }
    return rows;
  }
}
