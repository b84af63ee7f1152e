package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.StreamingReplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real streaming replica of a primary of the test's own: a replica that lags more than its
 * bound, or is down, leaves the rotation until it is back, and clients see no error meanwhile; when
 * the primary is down, the published catalog is still read from the replica, and writes answer 503.
 * In this order: the last test stops the primary for good.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRotationReplicationTest {

  @RegisterExtension
  @Order(1)
  static final StreamingReplication REPLICATION = new StreamingReplication();

  @RegisterExtension
  @Order(2)
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.withReplica(REPLICATION, "replicas.maxLag=300ms");

  @Test
  @Order(1)
  void a_replica_that_lags_more_than_its_bound_leaves_the_rotation_until_it_catches_up() {
    awaitState("IN_ROTATION");
    REPLICATION.pauseReplay();
    assertThat(rename("Lagging behind")).hasStatus(200);

    awaitState("LAGGING");
    JsonNode health = RunningSyllabus.json(SYLLABUS.getAdmin("/healthcheck")).path("replica-1");
    assertThat(health.path("healthy").asBoolean()).isTrue();
    assertThat(health.path("lagMillis").asLong()).isGreaterThan(300);
    assertThat(health.path("message").asText()).startsWith("lags ").endsWith("out of rotation");
    HttpResponse<String> meanwhile = SYLLABUS.get("/courses/1");
    assertThat(meanwhile).hasStatus(200).ranStatements(4);
    assertThat(meanwhile.body()).contains("Lagging behind");
    assertThat(StatementSources.of(SYLLABUS, meanwhile)).isEqualTo(Map.of("primary", 4));

    REPLICATION.resumeReplay();
    awaitState("IN_ROTATION");
    assertThat(
            RunningSyllabus.json(SYLLABUS.getAdmin("/healthcheck"))
                .path("replica-1")
                .path("lagMillis")
                .asLong())
        .isLessThanOrEqualTo(300);
    HttpResponse<String> back = SYLLABUS.get("/courses/1");
    assertThat(back.body()).contains("Lagging behind");
    assertThat(StatementSources.of(SYLLABUS, back)).isEqualTo(Map.of("replica-1", 4));
  }

  @Test
  @Order(2)
  void a_replica_that_is_down_leaves_the_rotation_and_clients_see_no_error() {
    awaitState("IN_ROTATION");
    REPLICATION.stopReplica();
    // Whether a check or a read finds it down first, no read fails.
    for (int r = 0; r < 3; r++) {
      HttpResponse<String> read = SYLLABUS.get("/courses/1");
      assertThat(read).hasStatus(200);
      assertThat(StatementSources.of(SYLLABUS, read)).containsEntry("primary", 4);
      assertThat(read.body()).contains("Lagging behind");
    }
    awaitState("DOWN");
    assertThat(SYLLABUS.getAdmin("/healthcheck").statusCode()).isEqualTo(200);
    HttpResponse<String> meanwhile = SYLLABUS.get("/courses?limit=3");
    assertThat(meanwhile).hasStatus(200).ranStatements(4);
    assertThat(StatementSources.of(SYLLABUS, meanwhile)).isEqualTo(Map.of("primary", 4));

    StatementSources.startReplicaAndReadFromIt(SYLLABUS, REPLICATION);
  }

  @Test
  @Order(3)
  void
      when_the_primary_is_down_the_published_catalog_is_read_from_the_replica_and_writes_answer_503() {
    awaitState("IN_ROTATION");
    REPLICATION.awaitReplayed();
    try (CapturedLog log = CapturedLog.of("dev.syllabus")) {
      REPLICATION.stopPrimary();
      HttpResponse<String> write = rename("Nobody will read this");
      assertThat(write).hasStatus(503);
      assertThat(write.headers().firstValue("Retry-After")).contains("5");
      HttpResponse<String> completion =
          SYLLABUS.call("PUT", "/learners/7/completions/1", RunningSyllabus.LEARNER_7, null);
      assertThat(completion).hasStatus(503);
      assertThat(completion.headers().firstValue("Retry-After")).contains("5");

      for (String path : new String[] {"/courses/1", "/courses?limit=3"}) {
        HttpResponse<String> read = SYLLABUS.get(path);
        assertThat(read).hasStatus(200).ranStatements(4);
        assertThat(StatementSources.of(SYLLABUS, read)).isEqualTo(Map.of("replica-1", 4));
      }
      // The outage is said once; the replica's answers do not say the database is back.
      assertThat(log.messages()).filteredOn(m -> m.contains("database is unreachable")).hasSize(1);
      assertThat(log.messages()).noneMatch(m -> m.contains("database answers again"));
    }
    assertThat(StatementSources.replicaState(SYLLABUS)).isEqualTo("IN_ROTATION");
    // The instance stays in its load balancer's rotation: it still serves the catalog.
    JsonNode health = RunningSyllabus.json(SYLLABUS.getAdmin("/healthcheck"));
    assertThat(health.path("database").path("healthy").asBoolean()).isFalse();
    assertThat(health.path("catalog").path("healthy").asBoolean()).isTrue();
    assertThat(health.path("catalog").path("message").asText()).isEqualTo("read from replica-1");
    assertThat(SYLLABUS.get("/ready").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> rename(String title) {
    return SYLLABUS.call(
        "PATCH", "/courses/1", RunningSyllabus.AUTHOR, "{\"title\": \"" + title + "\"}");
  }

  private static void awaitState(String state) {
    StatementSources.awaitReplicaState(SYLLABUS, state);
  }
}
