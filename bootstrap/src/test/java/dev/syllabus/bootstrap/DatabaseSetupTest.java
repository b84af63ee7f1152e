package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.adapter.out.persistence.TestPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

  private final PostgresDatabase missing =
      TestPostgresServer.get()
          .sibling("syllabus_test_setup_" + UUID.randomUUID().toString().substring(0, 8));

  @AfterEach
  void drop() throws SQLException {
    missing.drop();
  }

  private SyllabusConfiguration configuredFor(PostgresDatabase database) {
    SyllabusConfiguration configuration = new SyllabusConfiguration();
    configuration.getDataSourceFactory().setUrl(database.url());
    configuration.getDataSourceFactory().setUser(database.user());
    configuration.getDataSourceFactory().setPassword(database.password());
    return configuration;
  }

  @Test
  void a_missing_database_is_created_and_migrated() throws SQLException {
    DatabaseSetup.prepare(configuredFor(missing));

    try (Connection connection = missing.connect();
        ResultSet tables =
            connection.getMetaData().getTables(null, "public", "exercise_completions", null)) {
      assertThat(tables.next()).isTrue();
    }
  }

  @Test
  void with_migration_off_the_database_is_created_but_left_empty() throws SQLException {
    SyllabusConfiguration configuration = configuredFor(missing);
    configuration.getPersistence().setMigrateOnStart(false);

    DatabaseSetup.prepare(configuration);

    try (Connection connection = missing.connect();
        ResultSet tables = connection.getMetaData().getTables(null, "public", "courses", null)) {
      assertThat(tables.next()).isFalse();
    }
  }
}
