package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.CourseTreeStatements;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The loader's four statements ({@link CourseTreeStatements}) through Jdbi's SqlObject into row
 * records, as the batched loader reads them (one transaction, index-based mappers set on the Jdbi
 * once; the three levels below the course sent together where the loader sends them so, else the
 * exercises fetched in batches and handed over one by one), and no further: what Jdbi and the row
 * records add to the row floor, before any aggregate is assembled.
 */
final class JdbiRows implements Target {

  record CourseRow(long id, String title, boolean published, long version) {}

  record ChildRow(long id, long parentId, String title, int position) {}

  record ExerciseRow(long id, long lessonId, byte[] type, String title, int position) {}

  /** The loader's DAO methods for the batched levels, on the loader's own statements. */
  interface Dao {
    @SqlQuery(CourseTreeStatements.COURSES_WITH_IDS)
    List<CourseRow> courses(@Bind("ids") long[] ids);

    @SqlQuery(CourseTreeStatements.MODULES_OF)
    List<ChildRow> modules(@Bind("courseIds") long[] ids);

    @SqlQuery(CourseTreeStatements.LESSONS_OF)
    List<ChildRow> lessons(@Bind("moduleIds") long[] ids);

    @SqlQuery(CourseTreeStatements.EXERCISES_OF)
    ResultIterable<ExerciseRow> exercises(@Bind("lessonIds") long[] ids, @FetchSize int rows);
  }

  private final Jdbi jdbi;
  private final BenchData data;

  JdbiRows(Jdbi jdbi, BenchData data) {
    this.jdbi =
        jdbi.registerRowMapper(
                CourseRow.class,
                (rs, ctx) ->
                    new CourseRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)))
            .registerRowMapper(
                ChildRow.class,
                (rs, ctx) ->
                    new ChildRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
            .registerRowMapper(
                ExerciseRow.class,
                (rs, ctx) ->
                    new ExerciseRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBytes(3),
                        rs.getString(4),
                        rs.getInt(5)));
    this.data = data;
  }

  @Override
  public Outcome serve(Shape shape) {
    if (shape == Shape.PAGE) {
      throw new UnsupportedOperationException("single courses only");
    }
    int exercises =
        jdbi.inTransaction(
            handle -> {
              Dao dao = handle.attach(Dao.class);
              List<CourseRow> courses = dao.courses(new long[] {data.courseId(shape)});
              // The loader decides by the sizes stored on the course's row: the shape's own.
              if (JdbiCourseTreeLoader.fitsOneRoundTrip(
                  1,
                  shape.parents() + shape.exercises(),
                  shape.exercises(),
                  JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT,
                  JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH)) {
                return levels(handle, courses.get(0).id());
              }
              List<ChildRow> modules =
                  dao.modules(courses.stream().mapToLong(CourseRow::id).toArray());
              List<ChildRow> lessons =
                  dao.lessons(modules.stream().mapToLong(ChildRow::id).toArray());
              AtomicInteger read = new AtomicInteger();
              dao.exercises(
                      lessons.stream().mapToLong(ChildRow::id).toArray(),
                      JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH)
                  .forEach(row -> read.incrementAndGet());
              return read.get();
            });
    if (exercises != shape.exercises()) {
      throw new IllegalStateException("read " + exercises + " exercises for " + shape);
    }
    return new Outcome(4, -1);
  }

  /**
   * The three levels below a course and the commit in one round trip, as the loader sends them,
   * each result into its row records.
   */
  private static int levels(Handle handle, long course) {
    return handle
        .createQuery(CourseTreeStatements.LEVELS_OF_COURSES_THEN_COMMIT)
        .bind("courseIds", new long[] {course})
        .execute(
            (executed, context) -> {
              try {
                PreparedStatement results = executed.get();
                RowMapper<ChildRow> children =
                    context.findRowMapperFor(ChildRow.class).orElseThrow();
                RowMapper<ExerciseRow> exercises =
                    context.findRowMapperFor(ExerciseRow.class).orElseThrow();
                List<ChildRow> rows = new ArrayList<>();
                for (int level = 0; level < 2; level++) {
                  ResultSet result = results.getResultSet();
                  while (result.next()) {
                    rows.add(children.map(result, context));
                  }
                  results.getMoreResults();
                }
                int read = 0;
                ResultSet result = results.getResultSet();
                while (result.next()) {
                  read += exercises.map(result, context) == null ? 0 : 1;
                }
                return read;
              } finally {
                context.close();
              }
            });
  }
}
