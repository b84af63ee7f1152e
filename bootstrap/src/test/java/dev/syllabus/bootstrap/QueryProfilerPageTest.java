package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin port's query profiler: {@code /queries.json} and the HTML page {@code /queries} list
 * the recent and the slowest requests with their statements, keeping only as many as configured.
 */
class QueryProfilerPageTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "demo.seedWhenEmpty=false", "profiling.recentRequests=3", "profiling.slowestRequests=2");

  private static long course;

  @BeforeAll
  static void a_course() {
    course =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
            .createCourseTrees(List.of(new CourseShape(2, 3, 4).draft("Profiled", true)))
            .get(0)
            .value();
  }

  private static JsonNode queries() {
    HttpResponse<String> page = SYLLABUS.getAdmin("/queries.json");
    assertThat(page).hasStatus(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    return json(page);
  }

  private static List<String> daoMethods(JsonNode request) {
    List<String> methods = new ArrayList<>();
    request.get("statements").forEach(s -> methods.add(s.get("daoMethod").asText()));
    return methods;
  }

  @Test
  void the_most_recent_request_comes_first_with_its_statements_grouped_by_sql_text() {
    SYLLABUS.get("/courses/abc");
    SYLLABUS.profiledAfter("/courses/abc");
    SYLLABUS.get("/courses/" + course + "?learner=7", RunningSyllabus.LEARNER_7);

    SYLLABUS.profiledAfter("/courses/" + course + "?learner=7");

    JsonNode recent = queries().get("recent");
    JsonNode last = recent.get(0);
    assertThat(last.get("method").asText()).isEqualTo("GET");
    assertThat(last.get("endpoint").asText()).isEqualTo("/courses/{id}");
    assertThat(last.get("path").asText()).isEqualTo("/courses/" + course + "?learner=7");
    assertThat(last.get("status").asInt()).isEqualTo(200);
    assertThat(last.get("statementCount").asInt()).isEqualTo(5);
    // A small course's modules, lessons and exercises are three statements sent together.
    assertThat(daoMethods(last))
        .containsExactly(
            "CourseTreeDao.coursesWithIds",
            "CourseTreeDao.levelsOf",
            "CompletionDao.completedAmong");
    assertThat(last.get("statements"))
        .extracting(
            statement -> statement.get("runs").asInt(),
            statement -> statement.get("statements").asInt())
        .containsExactly(tuple(1, 1), tuple(1, 3), tuple(1, 1));
    assertThat(last.get("statements"))
        .allSatisfy(
            statement -> {
              assertThat(statement.get("repeated").asBoolean()).isFalse();
              assertThat(statement.get("sql").asText()).startsWith("select ");
            });
    assertThat(last.get("dbMillis").asDouble()).isPositive();
    assertThat(last.get("totalMillis").asDouble())
        .isGreaterThanOrEqualTo(last.get("dbMillis").asDouble());

    JsonNode malformed = recent.get(1);
    assertThat(malformed.get("path").asText()).isEqualTo("/courses/abc");
    assertThat(malformed.get("status").asInt()).isEqualTo(400);
    assertThat(malformed.get("statementCount").asInt()).isZero();
    assertThat(malformed.get("statements")).isEmpty();
  }

  @Test
  void only_the_configured_numbers_of_recent_and_slowest_requests_are_kept() {
    for (int i = 0; i < 5; i++) {
      SYLLABUS.get("/courses/" + course);
    }
    SYLLABUS.get("/no-such-resource");

    JsonNode page = SYLLABUS.profiledAfter("/no-such-resource");
    assertThat(page.get("recent")).hasSize(3);
    assertThat(page.get("recent").get(0).get("endpoint").asText()).isEqualTo("(no resource)");
    assertThat(page.get("recent").get(0).get("status").asInt()).isEqualTo(404);
    assertThat(page.get("slowest")).hasSize(2);
    double slowest = page.get("slowest").get(0).get("totalMillis").asDouble();
    assertThat(page.get("slowest").get(1).get("totalMillis").asDouble())
        .isLessThanOrEqualTo(slowest);
    assertThat(page.get("recent"))
        .allSatisfy(
            request ->
                assertThat(request.get("totalMillis").asDouble()).isLessThanOrEqualTo(slowest));
  }

  @Test
  void the_html_page_shows_requests_and_their_sql_escaped() {
    SYLLABUS.get("/courses?published=true&limit=5");
    SYLLABUS.profiledAfter("/courses?published=true&limit=5");

    HttpResponse<String> page = SYLLABUS.getAdmin("/queries");

    assertThat(page).hasStatus(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringCase("text/html;charset=utf-8");
    assertThat(page.body())
        .startsWith("<!doctype html>")
        .contains("<h2>Slowest requests</h2>", "<h2>Recent requests</h2>")
        .contains("GET /courses?published=true&amp;limit=5")
        .contains("CourseTreeDao.coursesAfter")
        .contains("where id &gt; :after")
        .doesNotContain("where id > :after");
  }
}
