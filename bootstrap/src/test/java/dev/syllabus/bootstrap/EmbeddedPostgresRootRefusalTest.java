package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL refuses to run as root, so a root start that would need the embedded server fails up
 * front, saying why and the three ways on, instead of as initdb's error deep in a stack trace.
 */
class EmbeddedPostgresRootRefusalTest {

  @TempDir Path scratch;

  private DatabaseSettings shippedWith(Map<String, String> environment) {
    return ShippedConfig.withEnvironment(environment).getDataSourceFactory();
  }

  @Test
  void as_root_with_no_server_at_the_default_url_the_start_says_why_and_how_to_proceed() {
    Path data = scratch.resolve("postgres");
    DatabaseSettings database = shippedWith(Map.of("DATABASE_EMBEDDED_DIR", data.toString()));

    assertThatThrownBy(() -> EmbeddedPostgresServer.startIfWanted(database, url -> false, true))
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessage(
            "No PostgreSQL answers at jdbc:postgresql://localhost:5432/syllabus and DATABASE_URL"
                + " names no other server, so the service would start an embedded PostgreSQL,"
                + " but it runs as root, and PostgreSQL refuses to (whoever took over the"
                + " database would own the machine). Run the service as an unprivileged user"
                + " that may write "
                + data
                + " (as root: runuser -u USER -- java -jar …), set DATABASE_URL, DATABASE_USER"
                + " and DATABASE_PASSWORD to a PostgreSQL server, or run without a database:"
                + " PERSISTENCE_ADAPTER=memory.");
    assertThat(database.getUrl()).isEqualTo(DatabaseSettings.DEFAULT_URL);
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void as_root_with_always_the_start_names_the_setting() {
    DatabaseSettings database = shippedWith(Map.of("DATABASE_EMBEDDED", "always"));

    assertThatThrownBy(() -> EmbeddedPostgresServer.startIfWanted(database, url -> true, true))
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessageStartingWith(
            "database.embedded.mode is always, so the service would start an embedded PostgreSQL,"
                + " but it runs as root");
  }

  @Test
  void as_root_a_server_that_answers_is_used_and_nothing_is_refused() {
    DatabaseSettings database = shippedWith(Map.of());

    assertThat(EmbeddedPostgresServer.startIfWanted(database, url -> true, true)).isEmpty();
    assertThat(database.getUrl()).isEqualTo(DatabaseSettings.DEFAULT_URL);
  }
}
