package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.StreamingReplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A replica that fails in the middle of a read, long before its next check: the read runs again on
 * the primary, the client gets its answer, and the replica is out of rotation from then on.
 */
class ReplicaFailoverReplicationTest {

  @RegisterExtension
  @Order(1)
  static final StreamingReplication REPLICATION = new StreamingReplication("syllabus");

  // Checked once as the service starts, and not again during the test.
  @RegisterExtension
  @Order(2)
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.withReplica(REPLICATION, "replicas.checkInterval=1h");

  @Test
  void a_read_that_meets_a_failed_replica_is_answered_from_the_primary() {
    REPLICATION.awaitReplayed();
    assertThat(StatementSources.replicaState(SYLLABUS)).isEqualTo("IN_ROTATION");
    HttpResponse<String> before = SYLLABUS.get("/courses/1");
    assertThat(StatementSources.of(SYLLABUS, before)).isEqualTo(Map.of("replica-1", 4));

    try (CapturedLog log = CapturedLog.of("dev.syllabus")) {
      REPLICATION.stopReplica();
      // Its first statement fails on the replica's broken connection; then the whole read on the
      // primary.
      HttpResponse<String> failedOver = SYLLABUS.get("/courses/1");
      assertThat(failedOver).hasStatus(200).ranStatements(5);
      assertThat(failedOver.body()).isEqualTo(before.body());
      assertThat(StatementSources.of(SYLLABUS, failedOver))
          .isEqualTo(Map.of("replica-1", 1, "primary", 4));

      HttpResponse<String> after = SYLLABUS.get("/courses/1");
      assertThat(after).hasStatus(200).ranStatements(4);
      assertThat(StatementSources.of(SYLLABUS, after)).isEqualTo(Map.of("primary", 4));

      JsonNode health = RunningSyllabus.json(SYLLABUS.getAdmin("/healthcheck")).path("replica-1");
      assertThat(health.path("state").asText()).isEqualTo("DOWN");
      assertThat(health.path("message").asText())
          .startsWith("does not answer (")
          .endsWith("): out of rotation");
      // Said once, by the replica; the database itself never went away.
      assertThat(log.messages())
          .filteredOn(m -> m.contains("replica-1") || m.contains("database is unreachable"))
          .hasSize(1)
          .allMatch(m -> m.contains("Replica replica-1: does not answer"));
    }
  }
}
