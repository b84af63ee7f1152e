package dev.syllabus.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The JSON floor: one hand-written statement in which PostgreSQL builds the very document the API
 * answers (same fields, same nesting, each level in position order) with {@code json_agg}, read as
 * bytes through plain JDBC. Nothing is left for Java to do: what the database alone costs.
 */
final class JsonFloor implements Target {

  /** The tree below a course {@code c}: its modules, their lessons, their exercises. */
  private static final String MODULES =
      """
      coalesce((select json_agg(m order by m.position) from (
          select m.id, m.title, m.position,
            coalesce((select json_agg(l order by l.position) from (
                select l.id, l.title, l.position,
                  coalesce((select json_agg(e order by e.position) from (
                      select e.id, e.type, e.title, e.position
                      from exercises e where e.lesson_id = l.id) e), '[]') as exercises
                from lessons l where l.module_id = m.id) l), '[]') as lessons
          from course_modules m where m.course_id = c.id) m), '[]') as modules""";

  /** {@code GET /courses/{id}}: one parameter, the course id. */
  static final String COURSE =
      "select row_to_json(t)::text from (select c.id, c.title, c.published, "
          + MODULES
          + " from courses c where c.id = ?) t";

  /**
   * {@code GET /courses?published=…&limit=…&after=…}: parameters after, published, limit + 1,
   * limit, limit. The cursor is base64url, unpadded, of {@code c:<last id>}, as the API writes it.
   */
  static final String PAGE =
      """
      with candidates as (
          select id, title, published from courses
          where id > ? and published = ? order by id limit ?),
        page as (select * from candidates order by id limit ?)
      select json_build_object(
          'courses', coalesce((select json_agg(t order by t.id) from (
              select c.id, c.title, c.published,
      """
          + MODULES
          + """

              from page c) t), '[]'),
          'next', case when (select count(*) from candidates) > ?
              then translate(encode(convert_to('c:' || (select max(id) from page), 'UTF8'),
                  'base64'), '+/=', '-_') end)::text""";

  private final DataSource pool;
  private final BenchData data;

  JsonFloor(DataSource pool, BenchData data) {
    this.pool = pool;
    this.data = data;
  }

  @Override
  public Outcome serve(Shape shape) throws SQLException {
    return new Outcome(1, document(shape).length);
  }

  /** The document, as the UTF-8 bytes PostgreSQL sent. */
  byte[] document(Shape shape) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return shape == Shape.PAGE
          ? page(connection, true, 0, Shape.PAGE_SIZE)
          : course(connection, data.courseId(shape));
    }
  }

  static byte[] course(Connection connection, long courseId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COURSE)) {
      statement.setLong(1, courseId);
      return single(statement);
    }
  }

  static byte[] page(Connection connection, boolean published, long after, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
      statement.setLong(1, after);
      statement.setBoolean(2, published);
      statement.setInt(3, limit + 1);
      statement.setInt(4, limit);
      statement.setInt(5, limit);
      return single(statement);
    }
  }

  private static byte[] single(PreparedStatement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("no such course");
      }
      // A text column's bytes as they came over the wire: no decoding to a String.
      return result.getBytes(1);
    }
  }
}
