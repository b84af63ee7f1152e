package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.StreamingReplication;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** Where a request's statements ran, as the query profiler recorded them: data source → count. */
final class StatementSources {

  private StatementSources() {}

  /**
   * The statements of the request that got this response, by data source. The profiler records a
   * request once its response is written: this waits for it, at most 5 s.
   */
  static Map<String, Integer> of(RunningSyllabus syllabus, HttpResponse<String> response) {
    String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      for (JsonNode request :
          RunningSyllabus.json(syllabus.getAdmin("/queries.json")).path("recent")) {
        if (requestId.equals(request.path("requestId").asText())) {
          Map<String, Integer> sources = new TreeMap<>();
          request
              .path("statements")
              .forEach(
                  statement ->
                      sources.merge(
                          statement.path("dataSource").asText(),
                          statement.path("statements").asInt(),
                          Integer::sum));
          return sources;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The profiler did not record request " + requestId);
      }
      pause();
    }
  }

  /** Waits until the condition holds, at most 15 s, and fails saying what did not happen. */
  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 15 s in vain for: " + what);
      }
      pause();
    }
  }

  /** Waits until replica-1's health check reports this state (IN_ROTATION, LAGGING or DOWN). */
  static void awaitReplicaState(RunningSyllabus syllabus, String state) {
    await("replica-1 " + state, () -> state.equals(replicaState(syllabus)));
  }

  /**
   * Starts the stopped replica again and sees it rejoin the rotation: the next read of the course
   * runs its 4 statements on replica-1.
   */
  static void startReplicaAndReadFromIt(
      RunningSyllabus syllabus, StreamingReplication replication) {
    replication.startReplica();
    awaitReplicaState(syllabus, "IN_ROTATION");
    HttpResponse<String> back = syllabus.get("/courses/1");
    assertThat(back).hasStatus(200).ranStatements(4);
    assertThat(of(syllabus, back)).isEqualTo(Map.of("replica-1", 4));
  }

  /** The state the health check of replica-1 reports. */
  static String replicaState(RunningSyllabus syllabus) {
    return RunningSyllabus.json(syllabus.getAdmin("/healthcheck"))
        .path("replica-1")
        .path("state")
        .asText();
  }

  private static void pause() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
