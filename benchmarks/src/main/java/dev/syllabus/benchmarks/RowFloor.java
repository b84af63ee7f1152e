package dev.syllabus.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * The row floor: the loader's four per-level statements alone, through plain JDBC with one array
 * parameter each, every column of every row read and thrown away but the ids the next level needs.
 * No row objects, no aggregate, no JSON: what reading the rows costs at the least.
 */
final class RowFloor implements Target {

  static final String COURSE =
      "select id, title, published from courses where id = any(?) order by id";
  static final String PAGE =
      "select id, title, published from courses where id > ? and published = ? order by id limit ?";
  static final String MODULES =
      "select id, course_id, title, position from course_modules"
          + " where course_id = any(?) order by course_id, position";
  static final String LESSONS =
      "select id, module_id, title, position from lessons"
          + " where module_id = any(?) order by module_id, position";
  static final String EXERCISES =
      "select id, lesson_id, type, title, position from exercises"
          + " where lesson_id = any(?) order by lesson_id, position";

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
      Ids courses;
      if (shape == Shape.PAGE) {
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
          page.setLong(1, 0);
          page.setBoolean(2, true);
          page.setInt(3, Shape.PAGE_SIZE + 1); // as the loader: one more row says if more follow
          courses = read(page, 3);
        }
        courses.size = Math.min(courses.size, Shape.PAGE_SIZE);
      } else {
        courses = level(connection, COURSE, new long[] {data.courseId(shape)}, 3);
      }
      Ids modules = level(connection, MODULES, courses.toArray(), 4);
      Ids lessons = level(connection, LESSONS, modules.toArray(), 4);
      Ids exercises = level(connection, EXERCISES, lessons.toArray(), 5);
      if (exercises.size != shape.exercises()) {
        throw new IllegalStateException("read " + exercises.size + " exercises for " + shape);
      }
      return new Outcome(4, -1);
    }
  }

  private Ids level(Connection connection, String sql, long[] parents, int columns)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parents); // a bigint[] parameter, without boxing
      return read(statement, columns);
    }
  }

  /** Reads every row: the id kept, each other column read by its type and dropped. */
  private Ids read(PreparedStatement statement, int columns) throws SQLException {
    Ids ids = new Ids();
    long checksum = 0;
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
        if (columns == 3) { // id, title, published
          checksum += rows.getString(2).length() + (rows.getBoolean(3) ? 1 : 0);
        } else if (columns == 4) { // id, parent, title, position
          checksum += rows.getLong(2) + rows.getString(3).length() + rows.getInt(4);
        } else { // id, lesson, type, title, position
          checksum +=
              rows.getLong(2)
                  + rows.getString(3).length()
                  + rows.getString(4).length()
                  + rows.getInt(5);
        }
      }
    }
    sink += checksum;
    return ids;
  }

  /** A growing array of ids, not boxed. */
  private static final class Ids {
    private long[] values = new long[64];
    private int size;

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
}
