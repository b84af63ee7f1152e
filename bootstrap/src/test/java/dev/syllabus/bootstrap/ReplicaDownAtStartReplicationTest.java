package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.StreamingReplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real streaming replica that is down when the service starts (as it is, in effect, while it
 * has not yet replayed the database the service has just created on the primary): the service
 * starts and reads from the primary, and the replica joins the rotation once it answers.
 */
class ReplicaDownAtStartReplicationTest {

  @RegisterExtension
  @Order(1)
  static final StreamingReplication REPLICATION = new StreamingReplication();

  @RegisterExtension
  @Order(2)
  static final BeforeAllCallback REPLICA_DOWN_AT_START = context -> REPLICATION.stopReplica();

  @RegisterExtension
  @Order(3)
  static final RunningSyllabus SYLLABUS = RunningSyllabus.withReplica(REPLICATION);

  @Test
  void the_service_starts_reads_from_the_primary_and_takes_the_replica_in_once_it_answers() {
    StatementSources.awaitReplicaState(SYLLABUS, "DOWN");
    HttpResponse<String> meanwhile = SYLLABUS.get("/courses/1");
    assertThat(meanwhile).hasStatus(200).ranStatements(4);
    assertThat(StatementSources.of(SYLLABUS, meanwhile)).isEqualTo(Map.of("primary", 4));

    StatementSources.startReplicaAndReadFromIt(SYLLABUS, REPLICATION);
  }
}
