package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON logging of docs/operations.md, written to files as a log shipper reads them: every
 * application log line and every request log line is one JSON object, and both name the request id.
 */
class JsonLogsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SNIPPET = "json-logging.yml";
  private static final Path LOGS = temporaryDirectory();

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.withConfigFile(testConfigWithJsonLogsIn(LOGS).toString());

  @AfterAll
  static void removeTheLogs() throws IOException {
    try (Stream<Path> files = Files.walk(LOGS)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void the_operations_guide_shows_the_configuration_this_test_runs() throws IOException {
    assertThat(Files.readString(Path.of("../docs/operations.md"), StandardCharsets.UTF_8))
        .contains(snippet());
  }

  @Test
  void a_request_log_line_is_json_with_the_request_id() {
    assertThat(
            SYLLABUS.call("GET", "/courses/1", null, null, "X-Request-Id", "json-1").statusCode())
        .isEqualTo(200);

    JsonNode line =
        awaitLine(
            "requests.json",
            l -> l.path("responseHeaders").path("X-Request-Id").asText().equals("json-1"));

    assertThat(line.path("uri").asText()).isEqualTo("/courses/1");
    assertThat(line.path("method").asText()).isEqualTo("GET");
    assertThat(line.path("status").asInt()).isEqualTo(200);
  }

  @Test
  void an_application_log_line_is_json_with_the_request_id_and_the_exception() {
    SYLLABUS.jdbi().useHandle(h -> h.execute("alter table exercises rename column title to gone"));
    try {
      assertThat(
              SYLLABUS
                  .call("GET", "/courses/1", null, null, "X-Request-Id", "json-500")
                  .statusCode())
          .isEqualTo(500);
    } finally {
      SYLLABUS
          .jdbi()
          .useHandle(h -> h.execute("alter table exercises rename column gone to title"));
    }

    JsonNode line =
        awaitLine("syllabus.json", l -> l.path("requestId").asText().equals("json-500"));

    assertThat(line.path("level").asText()).isEqualTo("ERROR");
    assertThat(line.path("message").asText()).isEqualTo("Error handling request json-500");
    assertThat(line.path("exception").asText())
        .contains("PSQLException: ERROR: column \"title\" does not exist");
    assertThat(line.path("logger").asText())
        .isEqualTo("io.dropwizard.jersey.errors.LoggingExceptionMapper");
  }

  /** The first line of a log file that matches, once the asynchronous appender has written it. */
  private static JsonNode awaitLine(String file, Predicate<JsonNode> matching) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<JsonNode> lines = lines(file);
    Optional<JsonNode> found = lines.stream().filter(matching).findFirst();
    while (found.isEmpty() && System.nanoTime() < deadline) {
      sleep();
      lines = lines(file);
      found = lines.stream().filter(matching).findFirst();
    }
    List<JsonNode> seen = lines;
    return found.orElseThrow(() -> new AssertionError("no such line in " + file + ": " + seen));
  }

  /** Every line, each parsed as JSON: one that is not fails the test. */
  private static List<JsonNode> lines(String file) {
    try {
      return Files.readAllLines(LOGS.resolve(file), StandardCharsets.UTF_8).stream()
          .map(JsonLogsTest::parse)
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("Not a JSON line: " + line, e);
    }
  }

  private static String snippet() throws IOException {
    return Files.readString(Path.of(ResourceHelpers.resourceFilePath(SNIPPET)));
  }

  /** test-config.yml with its logging and request log replaced by the README's, logging there. */
  private static Path testConfigWithJsonLogsIn(Path logs) {
    try {
      YAMLMapper yaml = new YAMLMapper();
      ObjectNode config =
          (ObjectNode)
              yaml.readTree(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")).toFile());
      JsonNode json = yaml.readTree(snippet().replace("/var/log/syllabus", logs.toString()));
      config.set("logging", json.get("logging"));
      ((ObjectNode) config.get("server")).set("requestLog", json.get("server").get("requestLog"));
      Path file = logs.resolve("config.yml");
      yaml.writeValue(file.toFile(), config);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("syllabus-json-logs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
