package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The N+1 guard in strict mode, as the tests run it: a request that repeats a statement more than
 * {@code profiling.repeatedStatementThreshold} (10) times fails, so such a regression fails the
 * build. The naive loader repeats on purpose: one statement per lesson.
 */
class RepeatedStatementGuardTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with("persistence.loading=naive", "demo.seedWhenEmpty=false");

  private static long courseWithLessons(int modules, int lessonsPerModule) {
    return new JdbiCourseTreeWriter(SYLLABUS.jdbi())
        .createCourseTrees(
            List.of(new CourseShape(modules, lessonsPerModule, 1).draft("Repeats", true)))
        .get(0)
        .value();
  }

  @Test
  void a_request_that_runs_one_statement_11_times_fails_with_a_500_naming_it() {
    long id = courseWithLessons(1, 11);

    HttpResponse<String> response;
    try (CapturedLog guard = CapturedLog.of(RunningSyllabus.REPEATED_STATEMENT_GUARD)) {
      response = SYLLABUS.get("/courses/" + id);

      assertThat(guard.messages())
          .singleElement()
          .asString()
          .startsWith(
              "WARN N+1 query? GET /courses/{id} ran CourseTreeDao.exercisesOfLesson 11 times");
    }

    assertThat(response).hasStatus(500).ranStatements(2 + 1 + 11);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(response).get("code").asInt()).isEqualTo(500);
    assertThat(json(response).get("message").asText())
        .isEqualTo(
            "GET /courses/{id} ran CourseTreeDao.exercisesOfLesson 11 times, more than the 10"
                + " allowed in one request: an N+1 query (profiling.strict is on; the SQL is in the"
                + " log)");
  }

  @Test
  void the_failure_names_the_dao_method_but_never_shows_the_sql() {
    HttpResponse<String> response = SYLLABUS.get("/courses/" + courseWithLessons(3, 4));

    assertThat(response).hasStatus(500).ranStatements(2 + 3 + 12);
    assertThat(response.body()).contains("CourseTreeDao.exercisesOfLesson 12 times");
    assertThat(response.body().toLowerCase()).doesNotContain("select").doesNotContain("where");
  }

  @Test
  void a_statement_run_exactly_10_times_is_within_the_threshold() {
    HttpResponse<String> response;
    try (CapturedLog guard = CapturedLog.of(RunningSyllabus.REPEATED_STATEMENT_GUARD)) {
      response = SYLLABUS.get("/courses/" + courseWithLessons(2, 5));

      assertThat(guard.messages()).isEmpty();
    }

    assertThat(response).hasStatus(200).ranStatements(2 + 2 + 10);
    assertThat(json(response).get("modules").get(1).get("lessons")).hasSize(5);
  }

  @Test
  void the_profiler_page_shows_the_failed_request_with_its_repeated_statement_marked() {
    String path = "/courses/" + courseWithLessons(1, 11);
    SYLLABUS.get(path);

    JsonNode last = SYLLABUS.profiledAfter(path).get("recent").get(0);
    assertThat(last.get("status").asInt()).isEqualTo(500);
    assertThat(last.get("statements"))
        .extracting(
            s -> s.get("daoMethod").asText(),
            s -> s.get("runs").asInt(),
            s -> s.get("repeated").asBoolean())
        .containsExactly(
            tuple("CourseTreeDao.coursesWithIds", 1, false),
            tuple("CourseTreeDao.modulesOfCourse", 1, false),
            tuple("CourseTreeDao.lessonsOfModule", 1, false),
            tuple("CourseTreeDao.exercisesOfLesson", 11, true));
    assertThat(SYLLABUS.getAdmin("/queries").body())
        .contains("<tr class=\"repeated\"><td class=\"n\">11</td>");
  }
}
