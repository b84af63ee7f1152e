package dev.syllabus.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Ids bound as one {@code bigint[]} by PostgreSQL's driver itself, which takes a {@code long[]} as
 * it is. Jdbi's own array binding looks the element type up, boxes every id and has the driver
 * write the array out as text: a few KiB of garbage for each level of every tree read.
 */
final class BigintArray implements Argument {

  private final long[] ids;

  BigintArray(long[] ids) {
    this.ids = ids;
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext context)
      throws SQLException {
    statement.setObject(position, ids);
  }

  @Override
  public String toString() {
    return Arrays.toString(ids);
  }
}
