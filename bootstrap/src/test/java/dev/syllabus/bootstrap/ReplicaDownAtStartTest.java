package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A replica that does not answer when the service starts (down, or not yet holding the database the
 * service has just created on the primary) leaves the start alone: the service serves, its reads go
 * to the primary, and the replica is out of rotation until it answers.
 */
class ReplicaDownAtStartTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with("replicas.urls=jdbc:postgresql://127.0.0.1:1/syllabus");

  @Test
  void the_service_starts_and_reads_from_the_primary() {
    StatementSources.await(
        "replica-1 DOWN", () -> "DOWN".equals(StatementSources.replicaState(SYLLABUS)));
    HttpResponse<String> read = SYLLABUS.get("/courses/1");
    assertThat(read).hasStatus(200).ranStatements(4);
    assertThat(StatementSources.of(SYLLABUS, read)).isEqualTo(Map.of("primary", 4));
  }
}
