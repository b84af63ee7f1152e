package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.bootstrap.RunningSyllabus.Timed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * More requests wait on a locked table than the pool has connections: those that get no connection
 * within the pool's wait answer 503 too, never 500 "pool exhausted", and nobody waits for long.
 */
class PoolExhaustedApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "database.maxSize=2",
          "database.maxWaitForConnection=300ms",
          "database.lockTimeout=1s",
          "database.statementTimeout=3s");

  @Test
  void requests_beyond_the_pool_answer_503_after_the_pools_wait() throws Exception {
    try (Handle locker = SYLLABUS.jdbi().open()) {
      locker.begin();
      locker.execute("lock table exercises in access exclusive mode");

      ExecutorService readers = Executors.newFixedThreadPool(8);
      List<Future<Timed>> reads = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        reads.add(readers.submit(() -> SYLLABUS.timed("/courses/1")));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Timed> read : reads) {
        Timed answer = read.get();
        statuses.add(answer.response().statusCode());
        assertThat(answer.response().headers().firstValue("Retry-After")).contains("1");
        assertThat(answer.took()).isLessThan(Duration.ofMillis(1300 + 1000));
      }
      readers.shutdown();
      assertThat(statuses).containsOnly(503);
      locker.rollback();
    }
    assertThat(SYLLABUS.get("/courses/1").statusCode()).isEqualTo(200);
  }
}
