package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.health.DefaultHealthFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit and environment file in {@code deploy/}: systemd's own check passes where
 * systemd is installed, and the unit runs the jar as a user of its own, restarts it on failure, and
 * waits for the shutdown it asks of the service.
 */
class SystemdUnitTest {

  private static final Path UNIT = Path.of("../deploy/syllabus.service");
  private static final Path ENVIRONMENT = Path.of("../deploy/syllabus.env");

  @TempDir Path scratch;

  @Test
  void systemd_analyze_verify_finds_nothing_to_say() throws IOException, InterruptedException {
    Optional<Path> analyze = onPath("systemd-analyze");
    assumeTrue(
        analyze.isPresent(), "systemd-analyze is not installed here: nothing to verify with");
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/java")),
        "the unit runs /usr/bin/java, which this host does not have: verify would say only that");
    File output = scratch.resolve("verify.txt").toFile();

    Process verify =
        new ProcessBuilder(analyze.get().toString(), "verify", "--man=no", UNIT.toString())
            .redirectErrorStream(true)
            .redirectOutput(output)
            .start();

    assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String said = Files.readString(output.toPath(), StandardCharsets.UTF_8);
    // It warns of an unknown or misspelt key, and still exits 0.
    assertThat(said).as("systemd-analyze verify said").isEmpty();
    assertThat(verify.exitValue()).isZero();
  }

  @Test
  void it_runs_the_jar_as_its_own_user_with_the_environment_file_and_restarts_on_failure()
      throws IOException {
    Map<String, String> service = keys(UNIT);

    assertThat(service.get("User")).isEqualTo("syllabus");
    assertThat(service.get("ExecStart"))
        .isEqualTo(
            "/usr/bin/java $JAVA_OPTS -jar /opt/syllabus/syllabus.jar server"
                + " /etc/syllabus/config.yml");
    assertThat(service.get("EnvironmentFile")).isEqualTo("/etc/syllabus/syllabus.env");
    assertThat(service.get("Restart")).isEqualTo("on-failure");
    assertThat(service.get("SuccessExitStatus")).isEqualTo("143");
    assertThat(keys(ENVIRONMENT)).containsKeys("HOST", "ADMIN_HOST", "DATABASE_URL", "JAVA_OPTS");
  }

  @Test
  void systemd_waits_longer_than_the_readiness_wait_and_jettys_grace_period_together()
      throws IOException {
    SyllabusConfiguration configuration = ShippedConfig.withEnvironment(keys(ENVIRONMENT));
    Duration wait =
        ((DefaultHealthFactory) configuration.getHealthFactory().orElseThrow())
            .getShutdownWaitPeriod()
            .toJavaDuration();
    Duration grace =
        ((DefaultServerFactory) configuration.getServerFactory())
            .getShutdownGracePeriod()
            .toJavaDuration();

    Duration stopTimeout = Duration.ofSeconds(Long.parseLong(keys(UNIT).get("TimeoutStopSec")));

    assertThat(wait).isEqualTo(Duration.ofSeconds(10));
    assertThat(stopTimeout).isGreaterThan(wait.plus(grace));
  }

  @Test
  void the_deployed_service_never_starts_an_embedded_postgresql_even_on_the_default_url()
      throws IOException {
    DatabaseSettings database =
        ShippedConfig.withEnvironment(keys(ENVIRONMENT)).getDataSourceFactory();

    assertThat(database.getEmbedded().getMode()).isEqualTo(EmbeddedPostgresSettings.Mode.NEVER);
    assertThat(database.getEmbedded().wanted(database.getUrl(), url -> false)).isFalse();
  }

  /** The {@code key=value} lines of a unit or environment file, comments left out. */
  private static Map<String, String> keys(Path file) throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int equals = line.indexOf('=');
      if (!line.startsWith("#") && equals > 0) {
        keys.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return keys;
  }

  private static Optional<Path> onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(directory -> Path.of(directory, command))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
