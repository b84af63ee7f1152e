package dev.syllabus.adapter.out.persistence;

import java.sql.Connection;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** The schema the persistence adapters read and write, owned by one Liquibase changelog. */
public final class LiquibaseSchema {

  /** Where the changelog is on the classpath; {@code db migrate} uses the same name. */
  public static final String CHANGELOG = "db/syllabus-changelog.xml";

  private LiquibaseSchema() {}

  /**
   * Applies every change set the database lacks. Runs on a connection of its own, never one from a
   * pool, that is closed afterwards: Liquibase leaves {@code autoCommit} off on the connection it
   * used.
   */
  @SuppressWarnings("deprecation") // the Liquibase facade is what dropwizard-migrations uses too
  public static void migrate(PostgresDatabase database) {
    try (Connection connection = database.connect()) {
      Database target =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      ClassLoaderResourceAccessor changelogs =
          new ClassLoaderResourceAccessor(LiquibaseSchema.class.getClassLoader());
      Liquibase liquibase = new Liquibase(CHANGELOG, changelogs, target);
      // Liquibase prints its summary on standard output, which belongs to the commands' results.
      Scope.child(
          Map.of(
              Scope.Attr.ui.name(),
              new LoggerUIService(),
              "liquibase.command.showSummaryOutput",
              "log"),
          () -> liquibase.update(new Contexts(), new LabelExpression()));
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not migrate the database schema: " + e.getMessage(), e);
    }
  }
}
