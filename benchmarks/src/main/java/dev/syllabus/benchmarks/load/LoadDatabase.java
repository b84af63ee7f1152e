package dev.syllabus.benchmarks.load;

import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.benchmarks.Postgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The load test's own database ({@value #NAME} unless told otherwise): created fresh, migrated with
 * the service's changelog, seeded with a handful of published courses through the service's own
 * generator, and dropped at the end.
 */
final class LoadDatabase implements AutoCloseable {

  static final String NAME = "syllabus_load";
  static final int COURSES = 16;
  static final int MODULES = 3;
  static final int LESSONS = 4;
  static final int EXERCISES = 5;

  private final PostgresDatabase database;
  private final boolean keep;

  private LoadDatabase(PostgresDatabase database, boolean keep) {
    this.database = database;
    this.keep = keep;
  }

  static LoadDatabase create(Postgres server, String name, boolean keep) throws SQLException {
    PostgresDatabase database = server.database(name);
    database.drop(); // left over from an interrupted run: it is ours by name
    database.createIfMissing();
    LiquibaseSchema.migrate(database);
    LoadDatabase load = new LoadDatabase(database, keep);
    load.seed();
    return load;
  }

  PostgresDatabase database() {
    return database;
  }

  /** Every tree and completion as the database holds them now. */
  TreeSnapshot snapshot() throws SQLException {
    try (Connection connection = database.connect()) {
      connection.setReadOnly(true);
      connection.setAutoCommit(false); // one transaction: every table at the same moment
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      TreeSnapshot snapshot = TreeSnapshot.read(connection);
      connection.commit();
      return snapshot;
    }
  }

  private void seed() {
    DataSource pool = Postgres.pool(database, 2);
    try {
      Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
      new GenerateCoursesService(
              new JdbiCourseTreeWriter(jdbi),
              new JdbiCourseTreeLoader(jdbi),
              new JdbiCompletionStore(jdbi),
              AnnounceCourseChangesPort.NOBODY)
          .generateCourses(
              Viewer.author(),
              new GenerateCoursesCommand(
                  COURSES, MODULES, LESSONS, EXERCISES, true, Optional.empty()));
    } finally {
      pool.close(true);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!keep) {
      database.drop();
    }
  }
}
