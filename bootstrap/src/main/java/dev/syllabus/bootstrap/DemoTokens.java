package dev.syllabus.bootstrap;

import dev.syllabus.adapter.in.rest.BearerTokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's public demo tokens, recognised by their well-known hashes whatever the entry that
 * holds them is called or may do: accepted, with a warning, only while the API listens on loopback
 * alone, where nobody else can use them.
 */
final class DemoTokens {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTokens.class);

  private static final Set<String> HASHES =
      Stream.of("demo-author-token", "demo-learner-7-token")
          .map(BearerTokens::hash)
          .collect(Collectors.toUnmodifiableSet());

  private static final String TOKEN_COMMAND = "java -jar bootstrap/target/syllabus.jar token";

  private DemoTokens() {}

  /**
   * Warns when the configuration accepts a demo token and the API listens on loopback only; refuses
   * the configuration when it would accept one beyond.
   */
  static void allowOnLoopbackOnly(SyllabusConfiguration configuration) {
    List<String> entries = entriesHoldingThem(configuration.getAuth());
    if (entries.isEmpty()) {
      return;
    }
    ApiAddresses api = ApiAddresses.of(configuration.getServerFactory());
    if (!api.loopbackOnly()) {
      throw new UnsafeConfigurationException(
          "Refusing to start: auth.tokens accepts the README's public demo tokens (entries "
              + String.join(", ", entries)
              + ") and the API would listen beyond loopback (on "
              + api
              + "), where anyone could use them to change or delete every course.\n"
              + "Make a real token for each author and learner:\n"
              + ("  " + TOKEN_COMMAND + " --role author --name NAME\n")
              + ("  " + TOKEN_COMMAND + " --role learner --learner ID --name NAME\n")
              + "and put their hashes under auth.tokens in the configuration, or, with the shipped"
              + " config.yml, in AUTHOR_TOKEN_SHA256 and LEARNER_TOKEN_SHA256. Or keep the API on"
              + " loopback (no HOST).");
    }
    LOG.warn(
        "Accepting the README's public demo tokens (entries {}): fine for a demo on loopback"
            + " ({}), refused anywhere else. Before the API listens beyond loopback (HOST), make"
            + " real ones with `{} --role author --name NAME`.",
        String.join(", ", entries),
        api,
        TOKEN_COMMAND);
  }

  private static List<String> entriesHoldingThem(AuthSettings auth) {
    return auth.getTokens().stream()
        .filter(token -> HASHES.contains(token.getSha256().toLowerCase(Locale.ROOT)))
        .map(AuthSettings.TokenSettings::getName)
        .toList();
  }
}
