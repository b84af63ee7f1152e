package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.TcpProxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database goes away for real (every connection to it cut, new ones refused) and comes back:
 * meanwhile requests answer 503 JSON with Retry-After, the health check and the readiness endpoint
 * say unhealthy, the log says so once, not per request, and the service recovers by itself.
 */
class DatabaseOutageApiTest {

  private static final TcpProxy DATABASE = TcpProxy.toTestServer();

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with().through(DATABASE);

  @AfterAll
  static void closeProxy() {
    DATABASE.close();
  }

  @Test
  void requests_answer_503_while_the_database_is_unreachable_and_recover_without_a_restart()
      throws Exception {
    assertThat(SYLLABUS.get("/courses/1").statusCode()).isEqualTo(200);
    assertThat(awaitStatus(200, "/ready", Duration.ofSeconds(5)).statusCode()).isEqualTo(200);

    try (CapturedLog failures = CapturedLog.of("dev.syllabus");
        CapturedLog everything = CapturedLog.of("ROOT")) {
      DATABASE.stop();
      for (int r = 0; r < 20; r++) {
        HttpResponse<String> down = SYLLABUS.get(r % 2 == 0 ? "/courses/1" : "/courses");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).contains("5");
        assertThat(down.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(down.body())
            .isEqualTo(
                "{\"code\":503,\"message\":\"The database is unreachable; try again shortly\"}");
      }
      HttpResponse<String> write =
          SYLLABUS.call("PUT", "/learners/7/completions/1", RunningSyllabus.LEARNER_7, null);
      assertThat(write.statusCode()).isEqualTo(503);
      assertThat(SYLLABUS.getAdmin("/healthcheck").statusCode()).isEqualTo(500);
      HttpResponse<String> notReady = awaitStatus(503, "/ready", Duration.ofSeconds(5));
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(RunningSyllabus.json(SYLLABUS.get("/ready?name=all")).findValuesAsText("healthy"))
          .containsExactly("false");

      DATABASE.start();
      HttpResponse<String> back = awaitStatus(200, "/courses/1", Duration.ofSeconds(15));
      assertThat(back.statusCode()).isEqualTo(200);
      assertThat(SYLLABUS.get("/courses").statusCode()).isEqualTo(200);
      assertThat(SYLLABUS.getAdmin("/healthcheck").statusCode()).isEqualTo(200);
      assertThat(awaitStatus(200, "/ready", Duration.ofSeconds(5)).statusCode()).isEqualTo(200);

      List<String> said = failures.messages();
      assertThat(said.stream().filter(m -> m.contains("The database is unreachable"))).hasSize(1);
      assertThat(said.stream().filter(m -> m.contains("The database answers again"))).hasSize(1);
      // No stack trace or error line per request from anywhere else either; Dropwizard's health
      // manager says once that the catalog cannot be read, as readiness turns to 503.
      assertThat(
              everything.messages().stream()
                  .filter(m -> m.startsWith("ERROR"))
                  .filter(m -> !m.contains("A critical dependency is now unhealthy: name=catalog")))
          .as(String.join("\n", everything.messages()))
          .hasSizeLessThanOrEqualTo(1);
    }
  }

  private static HttpResponse<String> awaitStatus(int status, String path, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    HttpResponse<String> response = SYLLABUS.get(path);
    while (response.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(100);
      response = SYLLABUS.get(path);
    }
    return response;
  }
}
