package dev.syllabus.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests create their databases on, found once per test JVM: the one
 * {@value #URL_VARIABLE} names, else one answering on localhost:5432, else a Testcontainers one
 * where Docker runs, else none, with a failure that says how to provide one.
 */
public final class TestPostgresServer {

  static final String URL_VARIABLE = "SYLLABUS_TEST_DATABASE_URL";
  static final String USER_VARIABLE = "SYLLABUS_TEST_DATABASE_USER";
  static final String PASSWORD_VARIABLE = "SYLLABUS_TEST_DATABASE_PASSWORD";
  private static final PostgresDatabase LOCALHOST =
      new PostgresDatabase("jdbc:postgresql://localhost:5432/postgres", "postgres", "");

  private static PostgresDatabase server;

  private TestPostgresServer() {}

  /** Any database of the server, whose credentials may create and drop databases. */
  public static synchronized PostgresDatabase get() {
    if (server == null) {
      server =
          fromVariable()
              .or(TestPostgresServer::onLocalhost)
              .orElseGet(TestPostgresServer::inDocker);
    }
    return server;
  }

  private static Optional<PostgresDatabase> fromVariable() {
    // Checked first, so that Docker detection never runs when the variable is set.
    return Optional.ofNullable(System.getenv(URL_VARIABLE))
        .filter(url -> !url.isBlank())
        .map(
            url ->
                new PostgresDatabase(
                    url,
                    Optional.ofNullable(System.getenv(USER_VARIABLE)).orElse("postgres"),
                    System.getenv(PASSWORD_VARIABLE)));
  }

  private static Optional<PostgresDatabase> onLocalhost() {
    try (Connection ignored = LOCALHOST.connect()) {
      return Optional.of(LOCALHOST);
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper stops it
  private static PostgresDatabase inDocker() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      throw new IllegalStateException(
          "The tests need PostgreSQL and found none. Set "
              + URL_VARIABLE
              + " to a JDBC URL such as jdbc:postgresql://host:5432/postgres (with "
              + USER_VARIABLE
              + " and "
              + PASSWORD_VARIABLE
              + " for a user that may create databases), start PostgreSQL on localhost:5432"
              + " for user postgres, or start Docker so that Testcontainers can run one.");
    }
    PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
    container.start();
    return new PostgresDatabase(
        container.getJdbcUrl(), container.getUsername(), container.getPassword());
  }
}
