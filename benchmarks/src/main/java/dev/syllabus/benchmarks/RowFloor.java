package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.CourseTreeStatements;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The row floor: the batched loader's own four per-level statements ({@link CourseTreeStatements}),
 * run as the loader runs them (one transaction; the three levels below the courses sent together,
 * with the commit, where the loader sends them so, else one after another, the exercises fetched as
 * many rows at a time) but through plain JDBC, every column of every row read and thrown away but
 * the ids the next level needs. No row objects, no aggregate, no JSON: what reading the rows costs
 * at the least.
 */
final class RowFloor implements Target {

  private static final CourseTreeStatements.Jdbc COURSES =
      CourseTreeStatements.jdbc(CourseTreeStatements.COURSES_WITH_IDS);
  private static final CourseTreeStatements.Jdbc PAGE =
      CourseTreeStatements.jdbc(CourseTreeStatements.COURSES_AFTER);
  private static final CourseTreeStatements.Jdbc MODULES =
      CourseTreeStatements.jdbc(CourseTreeStatements.MODULES_OF);
  private static final CourseTreeStatements.Jdbc LESSONS =
      CourseTreeStatements.jdbc(CourseTreeStatements.LESSONS_OF);
  private static final CourseTreeStatements.Jdbc EXERCISES =
      CourseTreeStatements.jdbc(CourseTreeStatements.EXERCISES_OF);
  private static final CourseTreeStatements.Jdbc LEVELS =
      CourseTreeStatements.jdbc(CourseTreeStatements.LEVELS_OF_COURSES_THEN_COMMIT);

  private final DataSource pool;
  private final BenchData data;
  private volatile long sink;

  RowFloor(DataSource pool, BenchData data) {
    this.pool = pool;
    this.data = data;
  }

  @Override
  public Outcome serve(Shape shape) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false); // as the loader: the driver fetches in batches only so
      try {
        int exercises = read(connection, shape);
        if (exercises != shape.exercises()) {
          throw new IllegalStateException("read " + exercises + " exercises for " + shape);
        }
      } finally {
        connection.commit();
        connection.setAutoCommit(true);
      }
      return new Outcome(4, -1);
    }
  }

  private int read(Connection connection, Shape shape) throws SQLException {
    Ids courses;
    if (shape == Shape.PAGE) {
      try (PreparedStatement page = connection.prepareStatement(PAGE.sql())) {
        // As the loader: one row more than the page says whether more follow.
        Map<String, Object> values =
            Map.of("after", 0L, "published", true, "limit", Shape.PAGE_SIZE + 1);
        for (int i = 0; i < PAGE.parameters().size(); i++) {
          page.setObject(i + 1, values.get(PAGE.parameters().get(i)));
        }
        courses = read(page, Columns.COURSE);
      }
      courses.size = Math.min(courses.size, Shape.PAGE_SIZE);
    } else {
      courses = level(connection, COURSES, new long[] {data.courseId(shape)}, Columns.COURSE, 0);
    }
    if (JdbiCourseTreeLoader.fitsOneRoundTrip(
        courses.size,
        courses.sizes.sum(courses.size, 0),
        courses.sizes.sum(courses.size, 1),
        JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT,
        JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH)) {
      return levels(connection, courses.toArray());
    }
    Ids modules = level(connection, MODULES, courses.toArray(), Columns.CHILD, 0);
    Ids lessons = level(connection, LESSONS, modules.toArray(), Columns.CHILD, 0);
    return level(
            connection,
            EXERCISES,
            lessons.toArray(),
            Columns.EXERCISE,
            JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH)
        .size;
  }

  /**
   * The three levels below the courses, sent together with the commit: their results come one after
   * another, and the driver has no commit left to send.
   */
  private int levels(Connection connection, long[] courses) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LEVELS.sql())) {
      for (int i = 1; i <= LEVELS.parameters().size(); i++) {
        statement.setObject(i, courses);
      }
      statement.execute();
      read(statement.getResultSet(), Columns.CHILD);
      statement.getMoreResults();
      read(statement.getResultSet(), Columns.CHILD);
      statement.getMoreResults();
      return read(statement.getResultSet(), Columns.EXERCISE).size;
    }
  }

  private Ids level(
      Connection connection,
      CourseTreeStatements.Jdbc level,
      long[] parents,
      Columns columns,
      int rowsPerFetch)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(level.sql())) {
      statement.setObject(1, parents); // the one bigint[] parameter, without boxing
      statement.setFetchSize(rowsPerFetch);
      return read(statement, columns);
    }
  }

  /** Reads every row: the id kept, each other column read by its type and dropped. */
  private Ids read(PreparedStatement statement, Columns columns) throws SQLException {
    return read(statement.executeQuery(), columns);
  }

  private Ids read(ResultSet result, Columns columns) throws SQLException {
    Ids ids = new Ids();
    long checksum = 0;
    try (ResultSet rows = result) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
        checksum +=
            switch (columns) {
              case COURSE -> { // id, title, published, version, node_count, exercise_count
                ids.sizes.add(rows.getLong(5));
                ids.sizes.add(rows.getLong(6));
                yield rows.getString(2).length() + (rows.getBoolean(3) ? 1 : 0) + rows.getLong(4);
              }
              case CHILD -> // id, parent, title, position
                  rows.getLong(2) + rows.getString(3).length() + rows.getInt(4);
              case EXERCISE -> // id, lesson, type, title, position
                  rows.getLong(2)
                      + rows.getBytes(3).length
                      + rows.getString(4).length()
                      + rows.getInt(5);
            };
      }
    }
    sink += checksum;
    return ids;
  }

  /** The columns of a level's rows, each read as the loader's row mappers read it. */
  private enum Columns {
    COURSE,
    CHILD,
    EXERCISE
  }

  /** A growing array of ids, not boxed; for courses, their node and exercise counts in turn. */
  private static final class Ids {
    private long[] values = new long[64];
    private int size;
    private final Sizes sizes = new Sizes();

    void add(long id) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = id;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Pairs of counts, one pair per course row. */
  private static final class Sizes {
    private long[] values = new long[64];
    private int size;

    void add(long count) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = count;
    }

    /** The sum of the first or second count of the first {@code rows} pairs. */
    long sum(int rows, int which) {
      long sum = 0;
      for (int row = 0; row < rows; row++) {
        sum += values[2 * row + which];
      }
      return sum;
    }
  }
}
