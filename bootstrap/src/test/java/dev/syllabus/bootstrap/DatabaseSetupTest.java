package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.adapter.out.persistence.TestPostgresServer;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

  @Test
  void the_pool_for_writes_bounds_every_wait_at_read_committed() throws Exception {
    SyllabusConfiguration configuration = configuredFor(missing);
    DatabaseSetup.prepare(configuration);
    ManagedDataSource pool = DatabaseSetup.writePool(configuration, new MetricRegistry());
    try {
      assertThat(sessionSettings(pool)).isEqualTo("5s 2s read committed off");
    } finally {
      pool.stop();
    }
  }

  @Test
  void the_pool_for_reads_starts_read_only_snapshots_with_the_same_bounds() throws Exception {
    SyllabusConfiguration configuration = configuredFor(missing);
    configuration.getDataSourceFactory().setStatementTimeout(Duration.milliseconds(1500));
    DatabaseSetup.prepare(configuration);
    ManagedDataSource pool = DatabaseSetup.readPool(configuration, new MetricRegistry());
    try {
      assertThat(sessionSettings(pool)).isEqualTo("1500ms 2s repeatable read on");
    } finally {
      pool.stop();
    }
  }

  private static String sessionSettings(ManagedDataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select current_setting('statement_timeout') || ' '"
                    + " || current_setting('lock_timeout') || ' '"
                    + " || current_setting('default_transaction_isolation') || ' '"
                    + " || current_setting('default_transaction_read_only')");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Test
  void the_pool_hands_out_the_drivers_own_statements_and_result_sets() throws Exception {
    SyllabusConfiguration configuration = configuredFor(missing);
    DatabaseSetup.prepare(configuration);
    ManagedDataSource pool = DatabaseSetup.writePool(configuration, new MetricRegistry());
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = connection.prepareStatement("select 1");
        ResultSet rows = statement.executeQuery()) {
      // Tomcat's statement facade would make both JDK proxies, boxing every value read.
      assertThat(Proxy.isProxyClass(statement.getClass())).isFalse();
      assertThat(Proxy.isProxyClass(rows.getClass())).isFalse();
    } finally {
      pool.stop();
    }
  }
}
