package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run with only Java, for real: the packaged jar starts an embedded PostgreSQL in the
 * working directory's syllabus-data/postgres, migrates it and imports the demo course, and stops it
 * when told to; a second run starts it on the same data, which a learner's completion survived, and
 * imports nothing. The mode is {@code always} because a PostgreSQL answers on localhost:5432
 * wherever the tests run, so {@code auto} would use it ({@link EmbeddedPostgresSettingsTest}).
 */
class EmbeddedPostgresIT {

  private static final Map<String, String> LEARNER_7 =
      Map.of("Authorization", "Bearer demo-learner-7-token");

  @TempDir Path scratch;

  @AfterEach
  void leaveNoPostgresRunning() throws IOException {
    UnprivilegedSyllabus.stopLeftoverPostgres(scratch.resolve("syllabus-data").resolve("postgres"));
  }

  @Test
  void a_second_run_starts_the_embedded_postgresql_on_the_data_the_first_one_left()
      throws Exception {
    UnprivilegedSyllabus syllabus =
        UnprivilegedSyllabus.in(scratch, Map.of("DATABASE_EMBEDDED", "always"));
    Path data = scratch.toRealPath().resolve("syllabus-data").resolve("postgres");
    String started = "database.embedded.mode is always: started an embedded PostgreSQL 17.";

    String firstLog;
    try (UnprivilegedSyllabus.Running first = syllabus.start("first")) {
      assertThat(first.log())
          .contains(started)
          .containsPattern(" in " + data + " on port \\d+\\. Its data stays there between runs")
          .contains("Database was empty: created the demo course 1");
      HttpResponse<String> course = first.get("/courses/1", Map.of());
      assertThat(course.statusCode()).isEqualTo(200);
      assertThat(course.headers().firstValue("X-Query-Count")).hasValue("4");
      assertThat(first.put("/learners/7/completions/1", LEARNER_7).statusCode()).isEqualTo(204);
      String generated = syllabus.command("generate", "generate", "--published", "config.yml");
      assertThat(generated).isEqualTo("2\n");
      assertThat(Files.readString(scratch.resolve("generate.log")))
          .contains("using the embedded PostgreSQL running in " + data + " on port ");
      assertThat(first.get("/courses/2", Map.of()).statusCode()).isEqualTo(200);
      syllabus.command("migrate", "db", "migrate", "config.yml");
      assertThat(Files.readString(scratch.resolve("migrate.log")))
          .contains("using the embedded PostgreSQL running in " + data + " on port ");
      assertThat(syllabus.failedStart("beside", Map.of()))
          .contains("An embedded PostgreSQL already runs in " + data + " on port ")
          .contains("another Syllabus uses it")
          .doesNotContain("\tat ");
      firstLog = first.log();
    }
    assertThat(Files.readString(scratch.resolve("first.log")))
        .contains("Stopped the embedded PostgreSQL in " + data);
    assertThat(data.resolve("postmaster.pid"))
        .as("PostgreSQL stopped with the service")
        .doesNotExist();

    try (UnprivilegedSyllabus.Running second = syllabus.start("second")) {
      assertThat(second.log())
          .contains(started)
          .doesNotContain("initdb")
          .doesNotContain("Created database")
          .doesNotContain("Database was empty");
      HttpResponse<String> progress = second.get("/courses/1?learner=7", LEARNER_7);
      assertThat(progress.statusCode()).isEqualTo(200);
      assertThat(firstExercise(progress.body()).path("completed").asBoolean())
          .as("the first run's completion, read by the second")
          .isTrue();
    }
    assertThat(firstLog).contains("initdb completed");
  }

  @Test
  void a_start_that_fails_after_the_embedded_postgresql_started_stops_it_too() throws Exception {
    UnprivilegedSyllabus syllabus =
        UnprivilegedSyllabus.in(scratch, Map.of("DATABASE_EMBEDDED", "always"));
    Path data = scratch.toRealPath().resolve("syllabus-data").resolve("postgres");

    String log;
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      log = syllabus.failedStart("taken", Map.of("PORT", Integer.toString(taken.getLocalPort())));
    }

    assertThat(log).contains("started an embedded PostgreSQL").contains("Address already in use");
    // Not the hook's own log line: logging may already be shut down while the hooks run.
    assertThat(data.resolve("postmaster.pid"))
        .as("PostgreSQL stopped with the service")
        .doesNotExist();
  }

  private static JsonNode firstExercise(String course) throws IOException {
    return new ObjectMapper()
        .readTree(course)
        .path("modules")
        .path(0)
        .path("lessons")
        .path(0)
        .path("exercises")
        .path(0);
  }
}
