package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import io.dropwizard.testing.ResourceHelpers;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code server} process told to stop as a service manager does (SIGTERM): for the shutdown
 * wait, {@code /ready} answers 503 while the API still answers, so that a load balancer drains the
 * instance before it stops; then it exits.
 */
class ReadinessShutdownTest {

  private static final Duration WAIT = Duration.ofSeconds(4);

  @RegisterExtension static final FreshDatabase DATABASE = FreshDatabase.perClass();

  @TempDir Path scratch;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Test
  void on_sigterm_it_turns_unready_keeps_serving_for_the_wait_then_exits() throws Exception {
    int port = freePort();
    int adminPort = freePort();
    File output = scratch.resolve("output.txt").toFile();
    Process server = start(port, adminPort, output);
    try {
      assertThat(awaitStatus(port, "/ready", 200, Duration.ofSeconds(60)))
          .as("ready within 60 s; output:%n%s", read(output))
          .isEqualTo(200);
      assertThat(status(port, "/courses/1")).isEqualTo(200);

      long stopAt = System.nanoTime();
      server.destroy(); // SIGTERM
      List<Integer> readyDuringWait = new ArrayList<>();
      List<Integer> apiDuringWait = new ArrayList<>();
      // Well inside the wait: the first probe can come before the shutdown hook has run.
      while (System.nanoTime() - stopAt < WAIT.toNanos() * 3 / 4) {
        readyDuringWait.add(status(port, "/ready"));
        apiDuringWait.add(status(port, "/courses/1"));
        Thread.sleep(200);
      }
      boolean exited = server.waitFor(30, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - stopAt);

      assertThat(readyDuringWait.subList(2, readyDuringWait.size()))
          .as("readiness after SIGTERM: %s", readyDuringWait)
          .isNotEmpty()
          .containsOnly(503);
      assertThat(apiDuringWait).as("the API meanwhile").containsOnly(200);
      assertThat(exited).as("exited; output:%n%s", read(output)).isTrue();
      assertThat(took).isGreaterThanOrEqualTo(WAIT);
      assertThat(read(output))
          .contains("delayed shutdown: started (waiting 4 seconds)")
          .contains("delayed shutdown: finished");
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  private Process start(int port, int adminPort, File output) throws IOException {
    PostgresDatabase db = DATABASE.database();
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Ddw.database.url=" + db.url(),
            "-Ddw.database.user=" + db.user(),
            "-Ddw.database.password=" + db.password(),
            "-Ddw.server.applicationConnectors[0].port=" + port,
            "-Ddw.server.adminConnectors[0].port=" + adminPort,
            "-Ddw.health.delayedShutdownHandlerEnabled=true",
            "-Ddw.health.shutdownWaitPeriod=" + WAIT.toSeconds() + "s",
            "-Ddw.logging.level=INFO",
            "-cp",
            System.getProperty("java.class.path"),
            SyllabusApplication.class.getName(),
            "server",
            ResourceHelpers.resourceFilePath("test-config.yml"))
        .redirectErrorStream(true)
        .redirectOutput(output)
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private int awaitStatus(int port, String path, int status, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    int seen = status(port, path);
    while (seen != status && System.nanoTime() < deadline) {
      Thread.sleep(200);
      seen = status(port, path);
    }
    return seen;
  }

  /** The status of a GET, or 0 when nothing answers. */
  private int status(int port, String path) throws InterruptedException {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(File file) throws IOException {
    return Files.readString(file.toPath(), StandardCharsets.UTF_8);
  }
}
