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
 * A table locked for longer than the service may wait: tree reads answer 503 soon after the lock
 * timeout instead of hanging, what does not need the table still answers, and all is well again
 * once the lock is gone.
 */
class DatabaseLockedApiTest {

  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with("database.lockTimeout=1s", "database.statementTimeout=3s");

  @Test
  void tree_reads_answer_503_within_the_lock_timeout_while_a_304_still_answers() throws Exception {
    String etag = SYLLABUS.get("/courses/1").headers().firstValue("ETag").orElseThrow();

    try (Handle locker = SYLLABUS.jdbi().open()) {
      locker.begin();
      locker.execute("lock table exercises in access exclusive mode");

      // Fewer blocked readers than the pool has connections, so that one is free for the 304.
      ExecutorService readers = Executors.newFixedThreadPool(4);
      List<Future<Timed>> reads = new ArrayList<>();
      for (String path : List.of("/courses/1", "/courses", "/courses/1", "/courses?limit=1")) {
        reads.add(readers.submit(() -> SYLLABUS.timed(path)));
      }
      Thread.sleep(200); // the readers are waiting for the lock now
      Timed revalidation = SYLLABUS.timed("/courses/1", "If-None-Match", etag);
      for (Future<Timed> read : reads) {
        Timed answer = read.get();
        assertThat(answer.response().statusCode()).isEqualTo(503);
        assertThat(answer.response().headers().firstValue("Retry-After")).contains("1");
        assertThat(answer.response().body())
            .isEqualTo(
                "{\"code\":503,\"message\":\"The database did not answer in time; try again"
                    + " shortly\"}");
        assertThat(answer.took()).isLessThan(LOCK_TIMEOUT.plusSeconds(1));
      }
      readers.shutdown();
      assertThat(revalidation.response().statusCode()).isEqualTo(304);
      assertThat(revalidation.took()).isLessThan(LOCK_TIMEOUT);
      locker.rollback();
    }

    assertThat(SYLLABUS.get("/courses/1").statusCode()).isEqualTo(200);
  }
}
