package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command with {@code HOST=0.0.0.0} and nothing else, as a deployment that forgot
 * its tokens would run it: a real {@code server} process, which must exit non-zero before it
 * listens or touches a database, and say on standard error how to make real tokens.
 */
class ExposedDemoTokensStartTest {

  @TempDir Path scratch;

  @Test
  void the_server_refuses_to_start_exits_non_zero_and_says_how_to_make_real_tokens()
      throws IOException, InterruptedException {
    String errors =
        FailedStart.standardErrorOf(
            Map.of(
                "HOST",
                "0.0.0.0",
                // Nothing listens on port 1: a start that got as far as the database would fail
                // differently.
                "DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:1/never_reached"),
            scratch);

    assertThat(errors)
        .contains("Refusing to start: auth.tokens accepts the README's public demo tokens")
        .contains("(on 0.0.0.0)")
        .contains("java -jar bootstrap/target/syllabus.jar token --role author --name NAME")
        .contains("AUTHOR_TOKEN_SHA256 and LEARNER_TOKEN_SHA256")
        .doesNotContain("\tat ")
        .doesNotContain("never_reached");
  }
}
