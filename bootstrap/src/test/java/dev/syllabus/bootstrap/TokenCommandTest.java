package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.in.rest.BearerTokens;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenCommandTest {

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private Optional<Throwable> run(String... arguments) throws Exception {
    Bootstrap<SyllabusConfiguration> bootstrap = new Bootstrap<>(new SyllabusApplication());
    bootstrap.addCommand(new TokenCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8)));
    return new Cli(new JarLocation(getClass()), bootstrap, stdout, stderr).run(arguments);
  }

  private String printed(String label) {
    Matcher line =
        Pattern.compile("(?m)^" + label + ": (\\S+)$")
            .matcher(stdout.toString(StandardCharsets.UTF_8));
    assertThat(line.find()).as(stdout.toString(StandardCharsets.UTF_8)).isTrue();
    return line.group(1);
  }

  @Test
  void it_prints_a_new_token_and_the_entry_that_holds_only_its_hash() throws Exception {
    assertThat(run("token", "--role", "learner", "--learner", "42", "--name", "lin")).isEmpty();

    String token = printed("token");
    String hash = printed("sha256");
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    assertThat(hash).isEqualTo(BearerTokens.hash(token));
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("  - name: lin\n    role: LEARNER\n    learner: 42\n    sha256: " + hash);
  }

  @Test
  void two_tokens_are_never_the_same() throws Exception {
    run("token", "--role", "author", "--name", "ada");
    String first = printed("token");
    stdout.reset();
    run("token", "--role", "author", "--name", "ada");

    assertThat(printed("token")).isNotEqualTo(first);
  }

  @Test
  void a_learner_token_needs_its_learner_id() throws Exception {
    assertThat(run("token", "--role", "learner", "--name", "lin")).isPresent();
  }
}
