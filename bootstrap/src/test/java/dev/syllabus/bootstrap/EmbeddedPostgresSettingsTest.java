package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.bootstrap.EmbeddedPostgresSettings.Mode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * When a start gets an embedded PostgreSQL: in {@code auto}, only for the shipped default URL with
 * nothing answering there, so that a server an operator configured is never replaced, however down.
 */
class EmbeddedPostgresSettingsTest {

  private static final Predicate<String> NOTHING_ANSWERS = url -> false;
  private static final Predicate<String> A_SERVER_ANSWERS = url -> true;
  private static final String CONFIGURED = "jdbc:postgresql://db.example:5432/syllabus";

  private static EmbeddedPostgresSettings mode(Mode mode) {
    EmbeddedPostgresSettings settings = new EmbeddedPostgresSettings();
    settings.setMode(mode);
    return settings;
  }

  @Test
  void auto_starts_one_when_the_default_url_has_no_server() {
    assertThat(mode(Mode.AUTO).wanted(DatabaseSettings.DEFAULT_URL, NOTHING_ANSWERS)).isTrue();
  }

  @Test
  void auto_uses_the_server_that_answers_at_the_default_url() {
    assertThat(mode(Mode.AUTO).wanted(DatabaseSettings.DEFAULT_URL, A_SERVER_ANSWERS)).isFalse();
  }

  @Test
  void auto_never_replaces_a_configured_url_whose_server_is_down() {
    assertThat(mode(Mode.AUTO).wanted(CONFIGURED, NOTHING_ANSWERS)).isFalse();
  }

  @Test
  void never_starts_none_and_always_starts_one_whatever_answers() {
    assertThat(mode(Mode.NEVER).wanted(DatabaseSettings.DEFAULT_URL, NOTHING_ANSWERS)).isFalse();
    assertThat(mode(Mode.ALWAYS).wanted(CONFIGURED, A_SERVER_ANSWERS)).isTrue();
  }

  @Test
  void the_shipped_configuration_is_auto_on_the_default_url_unless_database_url_is_set() {
    SyllabusConfiguration shipped = ShippedConfig.withEnvironment(Map.of());
    SyllabusConfiguration configured =
        ShippedConfig.withEnvironment(Map.of("DATABASE_URL", CONFIGURED));

    assertThat(shipped.getDataSourceFactory().getUrl()).isEqualTo(DatabaseSettings.DEFAULT_URL);
    assertThat(shipped.getDataSourceFactory().getEmbedded().getMode()).isEqualTo(Mode.AUTO);
    assertThat(shipped.getDataSourceFactory().getEmbedded().dataPath())
        .isAbsolute()
        .endsWithRaw(java.nio.file.Path.of("syllabus-data", "postgres"));
    assertThat(configured.getDataSourceFactory().getEmbedded().wanted(CONFIGURED, NOTHING_ANSWERS))
        .isFalse();
  }

  @Test
  void a_port_answers_while_something_listens_there_and_not_after() throws IOException {
    String url;
    try (ServerSocket listening = new ServerSocket(0)) {
      url = "jdbc:postgresql://localhost:" + listening.getLocalPort() + "/syllabus";
      assertThat(EmbeddedPostgresServer.answers(url)).isTrue();
    }
    assertThat(EmbeddedPostgresServer.answers(url)).isFalse();
  }
}
