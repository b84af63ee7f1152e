package dev.syllabus.bootstrap;

import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gets the configured database ready before anything uses it: created if missing, migrated. */
final class DatabaseSetup {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);

  private DatabaseSetup() {}

  /** Creates the database if it is missing, or fails with what to do about it. */
  static void createIfMissing(SyllabusConfiguration configuration) {
    PostgresDatabase database = configuration.postgresDatabase();
    if (database.createIfMissing()) {
      LOG.info("Created database {} at {}", database.name(), database.url());
    }
  }

  /** Creates the database if missing and, unless configured not to, applies the changelog. */
  static void prepare(SyllabusConfiguration configuration) {
    createIfMissing(configuration);
    if (configuration.getPersistence().isMigrateOnStart()) {
      LiquibaseSchema.migrate(configuration.postgresDatabase());
    }
  }
}
