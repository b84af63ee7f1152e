package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.in.rest.BearerTokens;
import dev.syllabus.adapter.in.rest.Caller;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's demo tokens are for a demo on loopback: the shipped {@code config.yml} accepts them
 * unless two variables are set, so a start that would expose them refuses, and one that keeps them
 * on loopback warns.
 */
class DemoTokensTest {

  private static final String DEMO_TOKENS_LOG = DemoTokens.class.getName();
  private static final String REAL_AUTHOR_HASH = BearerTokens.hash("a-real-author-token");
  private static final String REAL_LEARNER_HASH = BearerTokens.hash("a-real-learner-token");

  private static List<String> startWith(SyllabusConfiguration configuration) {
    try (CapturedLog log = CapturedLog.of(DEMO_TOKENS_LOG)) {
      DemoTokens.allowOnLoopbackOnly(configuration);
      return log.messages();
    }
  }

  @Test
  void on_loopback_the_demo_tokens_are_accepted_with_a_warning() {
    assertThat(startWith(ShippedConfig.withEnvironment(Map.of())))
        .singleElement()
        .asString()
        .startsWith(
            "WARN Accepting the README's public demo tokens (entries demo-author, demo-learner):"
                + " fine for a demo on loopback (127.0.0.1), refused anywhere else.")
        .contains("java -jar bootstrap/target/syllabus.jar token --role author --name NAME");
  }

  @Test
  void beyond_loopback_the_demo_tokens_are_refused_with_how_to_make_real_ones() {
    SyllabusConfiguration exposed = ShippedConfig.withEnvironment(Map.of("HOST", "0.0.0.0"));

    assertThatThrownBy(() -> DemoTokens.allowOnLoopbackOnly(exposed))
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessageStartingWith(
            "Refusing to start: auth.tokens accepts the README's public demo tokens (entries"
                + " demo-author, demo-learner) and the API would listen beyond loopback (on"
                + " 0.0.0.0)")
        .hasMessageContaining("java -jar bootstrap/target/syllabus.jar token --role author")
        .hasMessageContaining("under auth.tokens")
        .hasMessageContaining("AUTHOR_TOKEN_SHA256 and LEARNER_TOKEN_SHA256");
  }

  @Test
  void one_forgotten_variable_is_enough_to_refuse() {
    SyllabusConfiguration halfDone =
        ShippedConfig.withEnvironment(
            Map.of("HOST", "0.0.0.0", "AUTHOR_TOKEN_SHA256", REAL_AUTHOR_HASH));

    assertThatThrownBy(() -> DemoTokens.allowOnLoopbackOnly(halfDone))
        .hasMessageContaining("(entries demo-learner)");
  }

  @Test
  void real_tokens_may_listen_on_every_interface_without_a_warning() {
    SyllabusConfiguration deployed =
        ShippedConfig.withEnvironment(
            Map.of(
                "HOST", "0.0.0.0",
                "AUTHOR_TOKEN_SHA256", REAL_AUTHOR_HASH,
                "LEARNER_TOKEN_SHA256", REAL_LEARNER_HASH));

    assertThat(startWith(deployed)).isEmpty();
  }

  @Test
  void a_demo_token_is_recognised_by_its_hash_whatever_its_entry_is_called() {
    SyllabusConfiguration renamed = ShippedConfig.withEnvironment(Map.of("HOST", "0.0.0.0"));
    AuthSettings.TokenSettings disguised = new AuthSettings.TokenSettings();
    disguised.setName("ops");
    disguised.setRole(Caller.Role.LEARNER);
    disguised.setLearner(1L);
    disguised.setSha256(BearerTokens.hash("demo-author-token").toUpperCase(Locale.ROOT));
    renamed.getAuth().setTokens(List.of(disguised));

    assertThatThrownBy(() -> DemoTokens.allowOnLoopbackOnly(renamed))
        .hasMessageContaining("(entries ops)");
  }

  @Test
  void real_tokens_on_loopback_need_no_warning() {
    SyllabusConfiguration local =
        ShippedConfig.withEnvironment(
            Map.of(
                "AUTHOR_TOKEN_SHA256",
                REAL_AUTHOR_HASH,
                "LEARNER_TOKEN_SHA256",
                REAL_LEARNER_HASH));

    assertThat(startWith(local)).isEmpty();
  }
}
