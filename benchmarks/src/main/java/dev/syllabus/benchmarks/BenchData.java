package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.domain.course.CourseId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The benchmark's own database: created fresh, migrated with the service's changelog, filled with
 * the shapes through the service's generator and batched writer, and dropped at the end. Every
 * course is published, so that the cache in front serves them to anonymous readers; the page's 50
 * courses come first, so {@code published=true&limit=50} serves exactly them.
 */
final class BenchData implements AutoCloseable {

  static final String NAME = "syllabus_bench";

  private final PostgresDatabase database;
  private final Map<Shape, Long> courseIds = new EnumMap<>(Shape.class);
  private final boolean keep;

  private BenchData(PostgresDatabase database, boolean keep) {
    this.database = database;
    this.keep = keep;
  }

  static BenchData create(Postgres server, boolean keep) throws SQLException {
    PostgresDatabase database = server.database(NAME);
    database.drop(); // left over from an interrupted run: it is ours by name
    database.createIfMissing();
    LiquibaseSchema.migrate(database);
    BenchData data = new BenchData(database, keep);
    data.generate();
    return data;
  }

  /** Shapes already in a database, for tests: nothing is created, and nothing dropped. */
  static BenchData existing(PostgresDatabase database, Map<Shape, Long> courseIds) {
    BenchData data = new BenchData(database, true);
    data.courseIds.putAll(courseIds);
    return data;
  }

  PostgresDatabase database() {
    return database;
  }

  /** The course a single-course shape requests. */
  long courseId(Shape shape) {
    if (shape == Shape.PAGE) {
      throw new IllegalArgumentException("the page is not one course");
    }
    return courseIds.get(shape);
  }

  /** The course of each single-course shape. */
  Map<Shape, Long> courseIds() {
    return Map.copyOf(courseIds);
  }

  /** The API path that serves a shape. */
  String path(Shape shape) {
    return shape == Shape.PAGE
        ? "/courses?published=true&limit=" + Shape.PAGE_SIZE
        : "/courses/" + courseId(shape);
  }

  private void generate() throws SQLException {
    DataSource pool = Postgres.pool(database, 2);
    try {
      GenerateCoursesService generator = generator(pool);
      for (Shape shape : List.of(Shape.PAGE, Shape.S, Shape.M, Shape.L)) {
        List<CourseId> ids =
            generator.generateCourses(
                Viewer.author(),
                new GenerateCoursesCommand(
                    shape.courses(),
                    shape.course().modules(),
                    shape.course().lessons(),
                    shape.course().exercises(),
                    true,
                    Optional.empty()));
        courseIds.put(shape, ids.get(0).value());
      }
    } finally {
      pool.close(true);
    }
    vacuum(database);
  }

  /** The service's own generator, writing through the batched writer on the pool. */
  static GenerateCoursesService generator(DataSource pool) {
    Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    return new GenerateCoursesService(
        new JdbiCourseTreeWriter(jdbi),
        new JdbiCourseTreeLoader(jdbi),
        new JdbiCompletionStore(jdbi),
        AnnounceCourseChangesPort.NOBODY);
  }

  /** Fresh statistics and visibility map, as in production. */
  static void vacuum(PostgresDatabase database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze");
    }
  }

  @Override
  public void close() throws SQLException {
    if (!keep) {
      database.drop();
    }
  }
}
