package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code profiling.headers: false}, for public traffic: no API response tells what it cost the
 * database, while the profiler page and the N+1 guard keep watching. Naive loading, so that a
 * course of 11 lessons repeats a statement past the guard's threshold.
 */
class ProfilingHeadersOffApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "profiling.headers=false", "persistence.loading=naive", "demo.seedWhenEmpty=false");

  private static long courseWithLessons(int lessons) {
    return new JdbiCourseTreeWriter(SYLLABUS.jdbi())
        .createCourseTrees(List.of(new CourseShape(1, lessons, 1).draft("Quiet", true)))
        .get(0)
        .value();
  }

  private static void assertHasNoProfilingHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("X-Query-Count")).isEmpty();
    assertThat(response.headers().firstValue("Server-Timing")).isEmpty();
  }

  @Test
  void no_api_response_carries_the_query_count_or_the_server_timing_errors_included() {
    long course = courseWithLessons(2);

    HttpResponse<String> tree = SYLLABUS.get("/courses/" + course);
    assertThat(tree).hasStatus(200);
    assertHasNoProfilingHeaders(tree);
    for (HttpResponse<String> error :
        List.of(
            SYLLABUS.get("/courses/abc"),
            SYLLABUS.get("/courses/999999"),
            SYLLABUS.call("DELETE", "/courses/" + course, null, null))) {
      assertThat(error.statusCode()).isBetween(400, 499);
      assertHasNoProfilingHeaders(error);
    }
  }

  @Test
  void the_profiler_page_still_shows_what_each_request_ran() {
    String path = "/courses/" + courseWithLessons(3);

    assertHasNoProfilingHeaders(SYLLABUS.get(path));

    JsonNode last = SYLLABUS.profiledAfter(path).get("recent").get(0);
    assertThat(last.get("status").asInt()).isEqualTo(200);
    assertThat(last.get("statementCount").asInt()).isEqualTo(2 + 1 + 3);
  }

  @Test
  void the_n_plus_1_guard_still_fails_a_request_that_repeats_a_statement_11_times() {
    HttpResponse<String> response;
    try (CapturedLog guard = CapturedLog.of(RunningSyllabus.REPEATED_STATEMENT_GUARD)) {
      response = SYLLABUS.get("/courses/" + courseWithLessons(11));

      assertThat(guard.messages())
          .singleElement()
          .asString()
          .startsWith("WARN N+1 query? GET /courses/{id} ran CourseTreeDao.exercisesOfLesson 11");
    }

    assertThat(response).hasStatus(500);
    assertThat(response.body()).contains("CourseTreeDao.exercisesOfLesson 11 times");
    assertHasNoProfilingHeaders(response);
  }
}
