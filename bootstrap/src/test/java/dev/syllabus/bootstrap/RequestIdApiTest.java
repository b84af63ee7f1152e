package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every response names its request with {@code X-Request-Id}, the client's own if it is sane: the
 * profiler shows it, and a 500 names it in its message and in the logged cause, so that what a
 * client reports leads an operator to the stack trace.
 */
class RequestIdApiTest {

  private static final String ID = "X-Request-Id";
  private static final String MADE = "[0-9a-f]{16}-[0-9a-f]+";

  @RegisterExtension static final RunningSyllabus SYLLABUS = RunningSyllabus.with();

  private static String idOf(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue(ID)
        .orElseThrow(() -> new AssertionError("no X-Request-Id on " + response));
  }

  @Test
  void a_clients_sane_id_comes_back_and_names_the_request_in_the_profiler() {
    HttpResponse<String> response =
        SYLLABUS.call("GET", "/courses?limit=1", null, null, ID, "c-42");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(idOf(response)).isEqualTo("c-42");
    assertThat(SYLLABUS.profiledAfter("/courses?limit=1").path("recent").path(0).path("requestId"))
        .hasToString("\"c-42\"");
    assertThat(SYLLABUS.getAdmin("/queries").body()).contains("request id c-42");
  }

  @Test
  void without_an_id_or_with_an_insane_one_each_request_gets_a_new_one() {
    String first = idOf(SYLLABUS.get("/courses/1"));
    String second = idOf(SYLLABUS.get("/courses/1"));
    String replaced = idOf(SYLLABUS.call("GET", "/courses/1", null, null, ID, "x".repeat(65)));
    String unsafe = idOf(SYLLABUS.call("GET", "/courses/1", null, null, ID, "a b<script>"));

    assertThat(List.of(first, second, replaced, unsafe)).allMatch(id -> id.matches(MADE));
    assertThat(List.of(first, second, replaced, unsafe)).doesNotHaveDuplicates();
  }

  @Test
  void errors_carry_it_too_the_services_and_jettys_own() {
    assertThat(SYLLABUS.get("/courses/999").statusCode()).isEqualTo(404);
    assertThat(idOf(SYLLABUS.call("GET", "/courses/999", null, null, ID, "e-404")))
        .isEqualTo("e-404");
    assertThat(idOf(SYLLABUS.call("GET", "/courses/abc", null, null, ID, "e-400")))
        .isEqualTo("e-400");
    assertThat(idOf(SYLLABUS.call("POST", "/courses", null, "{}", ID, "e-401"))).isEqualTo("e-401");
    HttpResponse<String> trace = SYLLABUS.call("TRACE", "/courses/1", null, null, ID, "e-405");
    assertThat(trace.statusCode()).isEqualTo(405);
    assertThat(idOf(trace)).isEqualTo("e-405");
    // Refused by the connection before any context or filter: the server's error handler names it.
    HttpResponse<String> tooLarge =
        SYLLABUS.call("GET", "/courses/1", null, null, "X-Big", "b".repeat(20_000));
    assertThat(tooLarge.statusCode()).isEqualTo(431);
    assertThat(idOf(tooLarge)).matches(MADE);
  }

  @Test
  void a_500_names_the_request_id_that_its_logged_cause_carries() {
    // A real fault: the schema no longer has what the loader reads.
    SYLLABUS.jdbi().useHandle(h -> h.execute("alter table exercises rename column title to gone"));
    try (CapturedLog log = CapturedLog.of(LoggingExceptionMapper.class.getName())) {
      HttpResponse<String> failed = SYLLABUS.call("GET", "/courses/1", null, null, ID, "bug-7");

      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(idOf(failed)).isEqualTo("bug-7");
      assertThat(RunningSyllabus.json(failed).path("message").asText())
          .isEqualTo(
              "There was an error processing your request. It has been logged (request id bug-7).")
          .doesNotContain("gone");
      List<ILoggingEvent> logged = log.events();
      assertThat(logged).hasSize(1);
      ILoggingEvent cause = logged.get(0);
      assertThat(cause.getLevel()).isEqualTo(Level.ERROR);
      assertThat(cause.getFormattedMessage()).isEqualTo("Error handling request bug-7");
      assertThat(cause.getMDCPropertyMap()).containsEntry("requestId", "bug-7");
      assertThat(cause.getThrowableProxy()).isNotNull();
    } finally {
      SYLLABUS
          .jdbi()
          .useHandle(h -> h.execute("alter table exercises rename column gone to title"));
    }
  }
}
