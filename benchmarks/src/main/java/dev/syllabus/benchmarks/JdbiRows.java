package dev.syllabus.benchmarks;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The loader's four statements through Jdbi's SqlObject into row records, as the batched loader
 * reads them (same SQL, same index-based mappers), and no further: what Jdbi and the row records
 * add to the row floor, before any aggregate is assembled.
 */
final class JdbiRows implements Target {

  record CourseRow(long id, String title, boolean published) {}

  record ChildRow(long id, long parentId, String title, int position) {}

  record ExerciseRow(long id, long lessonId, String type, String title, int position) {}

  interface Dao {
    @SqlQuery("select id, title, published from courses where id = any(:ids) order by id")
    List<CourseRow> courses(@Bind("ids") long[] ids);

    @SqlQuery(
        "select id, course_id, title, position from course_modules"
            + " where course_id = any(:ids) order by course_id, position")
    List<ChildRow> modules(@Bind("ids") long[] ids);

    @SqlQuery(
        "select id, module_id, title, position from lessons"
            + " where module_id = any(:ids) order by module_id, position")
    List<ChildRow> lessons(@Bind("ids") long[] ids);

    @SqlQuery(
        "select id, lesson_id, type, title, position from exercises"
            + " where lesson_id = any(:ids) order by lesson_id, position")
    List<ExerciseRow> exercises(@Bind("ids") long[] ids);
  }

  private final Jdbi jdbi;
  private final BenchData data;

  JdbiRows(Jdbi jdbi, BenchData data) {
    this.jdbi = jdbi;
    this.data = data;
  }

  @Override
  public Outcome serve(Shape shape) {
    if (shape == Shape.PAGE) {
      throw new UnsupportedOperationException("single courses only");
    }
    int exercises =
        jdbi.withHandle(
            handle -> {
              Dao dao =
                  handle
                      .registerRowMapper(
                          CourseRow.class,
                          (rs, ctx) ->
                              new CourseRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                      .registerRowMapper(
                          ChildRow.class,
                          (rs, ctx) ->
                              new ChildRow(
                                  rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                      .registerRowMapper(
                          ExerciseRow.class,
                          (rs, ctx) ->
                              new ExerciseRow(
                                  rs.getLong(1),
                                  rs.getLong(2),
                                  rs.getString(3),
                                  rs.getString(4),
                                  rs.getInt(5)))
                      .attach(Dao.class);
              List<CourseRow> courses = dao.courses(new long[] {data.courseId(shape)});
              List<ChildRow> modules =
                  dao.modules(courses.stream().mapToLong(CourseRow::id).toArray());
              List<ChildRow> lessons =
                  dao.lessons(modules.stream().mapToLong(ChildRow::id).toArray());
              return dao.exercises(lessons.stream().mapToLong(ChildRow::id).toArray()).size();
            });
    if (exercises != shape.exercises()) {
      throw new IllegalStateException("read " + exercises + " exercises for " + shape);
    }
    return new Outcome(4, -1);
  }
}
