package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.StreamingReplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real streaming replica of a primary of the test's own, its replay paused to make it lag as
 * long as the test needs: reads go to the replica, writes to the primary, and a client that sends
 * back what its write answered (or the version it has seen) reads its own change, from the primary
 * while the replica is behind, at the cost the README states, and from the replica again once it
 * has caught up.
 */
class ReadYourWritesReplicationTest {

  @RegisterExtension
  @Order(1)
  static final StreamingReplication REPLICATION = new StreamingReplication();

  // A bound no pause of this test reaches: here the replica lags, but stays in rotation.
  @RegisterExtension
  @Order(2)
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.withReplica(REPLICATION, "replicas.maxLag=1h");

  private static final String POSITION = "Syllabus-Position";
  private static final Map<String, Integer> ON_REPLICA_4 = Map.of("replica-1", 4);

  @AfterEach
  void catchUp() {
    REPLICATION.resumeReplay();
    REPLICATION.awaitReplayed();
  }

  @Test
  void reads_of_trees_and_pages_run_on_the_replica_and_writes_on_the_primary() {
    awaitReplicaInRotation();
    HttpResponse<String> tree = SYLLABUS.get("/courses/1");
    assertThat(tree).hasStatus(200).ranStatements(4);
    assertThat(StatementSources.of(SYLLABUS, tree)).isEqualTo(ON_REPLICA_4);
    // A replica as current as the client's copy answers its revalidation alone.
    HttpResponse<String> revalidated =
        SYLLABUS.call(
            "GET",
            "/courses/1",
            null,
            null,
            "If-None-Match",
            tree.headers().firstValue("ETag").orElseThrow());
    assertThat(revalidated).hasStatus(304).ranStatements(1);
    assertThat(StatementSources.of(SYLLABUS, revalidated)).isEqualTo(Map.of("replica-1", 1));
    HttpResponse<String> page = SYLLABUS.get("/courses?limit=5");
    assertThat(page).hasStatus(200).ranStatements(4);
    assertThat(StatementSources.of(SYLLABUS, page)).isEqualTo(ON_REPLICA_4);

    HttpResponse<String> write = rename("Read on replicas");
    // The change, then where it ended in the WAL, for the client to send back.
    assertThat(write).hasStatus(200).ranStatements(2);
    assertThat(StatementSources.of(SYLLABUS, write)).isEqualTo(Map.of("primary", 2));
    assertThat(write.headers().firstValue(POSITION))
        .hasValueSatisfying(p -> assertThat(p).contains("/"));

    JsonNode counters = RunningSyllabus.json(SYLLABUS.getAdmin("/metrics")).path("counters");
    assertThat(counters.path("syllabus.statements.replica-1").path("count").asLong())
        .isGreaterThanOrEqualTo(8);
    assertThat(counters.path("syllabus.statements.primary").path("count").asLong())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void a_client_that_changed_a_course_reads_its_change_at_once_while_the_replica_lags() {
    awaitReplicaInRotation();
    REPLICATION.pauseReplay();
    HttpResponse<String> write = rename("Renamed while the replica lags");
    String position = write.headers().firstValue(POSITION).orElseThrow();
    String etag = write.headers().firstValue("ETag").orElseThrow();

    // Without what it has seen, a client reads the replica's older copy: the lag is real.
    HttpResponse<String> stale = SYLLABUS.get("/courses/1");
    assertThat(stale.body()).doesNotContain("Renamed while the replica lags");
    assertThat(StatementSources.of(SYLLABUS, stale)).isEqualTo(ON_REPLICA_4);

    // With the position its write answered: the replica has not replayed it, so the primary
    // answers, at no extra statement.
    HttpResponse<String> fresh = SYLLABUS.call("GET", "/courses/1", null, null, POSITION, position);
    assertThat(fresh).hasStatus(200).ranStatements(4);
    assertThat(fresh.body()).contains("Renamed while the replica lags");
    assertThat(fresh.headers().firstValue("ETag")).contains(etag);
    assertThat(StatementSources.of(SYLLABUS, fresh)).isEqualTo(Map.of("primary", 4));

    // With the version it holds: the replica's first statement finds its copy older, and the
    // primary answers: one statement more than on a current replica.
    HttpResponse<String> revalidated =
        SYLLABUS.call("GET", "/courses/1", null, null, "If-None-Match", etag);
    assertThat(revalidated).hasStatus(304).ranStatements(2);
    assertThat(StatementSources.of(SYLLABUS, revalidated))
        .isEqualTo(Map.of("replica-1", 1, "primary", 1));

    // Changed again meanwhile: the primary's tree, and the rest of the request stays there.
    rename("Renamed twice");
    HttpResponse<String> changedSince =
        SYLLABUS.call("GET", "/courses/1", null, null, "If-None-Match", etag);
    assertThat(changedSince).hasStatus(200).ranStatements(6);
    assertThat(changedSince.body()).contains("Renamed twice");
    assertThat(StatementSources.of(SYLLABUS, changedSince))
        .isEqualTo(Map.of("replica-1", 1, "primary", 5));

    REPLICATION.resumeReplay();
    awaitOnReplica("/courses/1", POSITION, position);
    HttpResponse<String> caughtUp =
        SYLLABUS.call("GET", "/courses/1", null, null, POSITION, position);
    assertThat(caughtUp.body()).contains("Renamed twice");
  }

  @Test
  void a_learner_who_completed_an_exercise_sees_it_at_once_while_the_replica_lags() {
    awaitReplicaInRotation();
    REPLICATION.pauseReplay();
    HttpResponse<String> completed =
        SYLLABUS.call("PUT", "/learners/7/completions/2", RunningSyllabus.LEARNER_7, null);
    // The course's state (locked), the completion, and the position.
    assertThat(completed).hasStatus(204).ranStatements(3);
    String position = completed.headers().firstValue(POSITION).orElseThrow();

    HttpResponse<String> stale = SYLLABUS.get("/courses/1?learner=7", RunningSyllabus.LEARNER_7);
    assertThat(exerciseTwoCompleted(stale)).isFalse();
    assertThat(StatementSources.of(SYLLABUS, stale)).isEqualTo(Map.of("replica-1", 5));

    HttpResponse<String> fresh =
        SYLLABUS.call(
            "GET", "/courses/1?learner=7", RunningSyllabus.LEARNER_7, null, POSITION, position);
    assertThat(fresh).hasStatus(200).ranStatements(5);
    assertThat(exerciseTwoCompleted(fresh)).isTrue();
    assertThat(StatementSources.of(SYLLABUS, fresh)).isEqualTo(Map.of("primary", 5));

    REPLICATION.resumeReplay();
    HttpResponse<String> caughtUp = awaitOnReplica("/courses/1?learner=7", POSITION, position);
    assertThat(exerciseTwoCompleted(caughtUp)).isTrue();
    assertThat(caughtUp).ranStatements(5);
  }

  @Test
  void a_position_that_is_not_one_is_a_400() {
    HttpResponse<String> response =
        SYLLABUS.call("GET", "/courses/1", null, null, POSITION, "yesterday");
    assertThat(response).hasStatus(400);
    assertThat(RunningSyllabus.json(response).path("message").asText())
        .isEqualTo(POSITION + ": expected a WAL position such as 0/3000148, was 'yesterday'");
  }

  private static HttpResponse<String> rename(String title) {
    return SYLLABUS.call(
        "PATCH", "/courses/1", RunningSyllabus.AUTHOR, "{\"title\": \"" + title + "\"}");
  }

  private static boolean exerciseTwoCompleted(HttpResponse<String> tree) {
    return RunningSyllabus.json(tree).path("modules").findValues("exercises").stream()
        .flatMap(exercises -> java.util.stream.StreamSupport.stream(exercises.spliterator(), false))
        .filter(exercise -> exercise.path("id").asLong() == 2)
        .findFirst()
        .orElseThrow()
        .path("completed")
        .asBoolean();
  }

  private static void awaitReplicaInRotation() {
    StatementSources.await(
        "replica-1 in rotation",
        () -> "IN_ROTATION".equals(StatementSources.replicaState(SYLLABUS)));
  }

  /**
   * The response to the GET once it is served on the replica, as it is once the replica caught up.
   */
  private static HttpResponse<String> awaitOnReplica(String path, String... headers) {
    HttpResponse<String>[] last = new HttpResponse[1];
    StatementSources.await(
        path + " served on replica-1",
        () -> {
          last[0] = SYLLABUS.call("GET", path, RunningSyllabus.LEARNER_7, null, headers);
          return StatementSources.of(SYLLABUS, last[0])
              .keySet()
              .equals(java.util.Set.of("replica-1"));
        });
    return last[0];
  }
}
