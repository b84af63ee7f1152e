package dev.syllabus.adapter.out.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL database of its own for one test class: created fresh and migrated with the real
 * changelog before the class, dropped after it. Register it as a static {@code @RegisterExtension}
 * field.
 */
public final class FreshDatabase
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private final boolean emptyBeforeEachTest;
  private PostgresDatabase database;
  private Jdbi jdbi;
  private Jdbi snapshotJdbi;

  private FreshDatabase(boolean emptyBeforeEachTest) {
    this.emptyBeforeEachTest = emptyBeforeEachTest;
  }

  /** A database whose data lives as long as the test class. */
  public static FreshDatabase perClass() {
    return new FreshDatabase(false);
  }

  /**
   * A database emptied before each test, ahead of every {@code @BeforeEach} method, those of
   * abstract contract suites included.
   */
  public static FreshDatabase emptiedBeforeEachTest() {
    return new FreshDatabase(true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    create();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (emptyBeforeEachTest) {
      deleteAllData();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    drop();
  }

  /** Creates and migrates the database now; for tests that must know it before the class runs. */
  public synchronized PostgresDatabase create() {
    if (database == null) {
      String name =
          "syllabus_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      database = TestPostgresServer.get().sibling(name);
      database.createIfMissing();
      LiquibaseSchema.migrate(database);
      jdbi =
          Jdbi.create(database.url(), database.user(), database.password())
              .installPlugin(new SqlObjectPlugin());
      Properties snapshots = new Properties();
      snapshots.setProperty("user", database.user());
      snapshots.setProperty("password", String.valueOf(database.password()));
      snapshots.setProperty(
          "options",
          PostgresSessions.forSnapshotReads(Duration.ofSeconds(30), Duration.ofSeconds(30)));
      snapshotJdbi = Jdbi.create(database.url(), snapshots).installPlugin(new SqlObjectPlugin());
      DatabaseFailures.of(jdbi).shareWith(snapshotJdbi);
    }
    return database;
  }

  public synchronized void drop() throws SQLException {
    if (database != null) {
      database.drop();
      database = null;
      jdbi = null;
      snapshotJdbi = null;
    }
  }

  public PostgresDatabase database() {
    return create();
  }

  public Jdbi jdbi() {
    create();
    return jdbi;
  }

  /**
   * A Jdbi on the same database whose every transaction is a read-only REPEATABLE READ snapshot, as
   * the service's pool for reads is: for {@link JdbiUnitOfWork} and the adapters that read in it.
   */
  public Jdbi snapshotJdbi() {
    create();
    return snapshotJdbi;
  }

  /** Empties every table and restarts the ids, for tests that need an empty store each time. */
  public void deleteAllData() {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "truncate courses, course_modules, lessons, exercises, exercise_completions,"
                        + " idempotency_keys"
                        + " restart identity"));
  }
}
