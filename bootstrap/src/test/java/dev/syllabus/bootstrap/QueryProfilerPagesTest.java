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
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The profiler's pages beyond {@code /queries}, after real requests on PostgreSQL: the summary by
 * endpoint ({@code /queries/endpoints}) and a request's own page ({@code
 * /queries/requests/{number}}) with its statements in order, at most {@code
 * profiling.statementsPerRequest} of them. Each test uses endpoints the others do not, for the
 * summary counts every request since the start.
 */
class QueryProfilerPagesTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with("demo.seedWhenEmpty=false", "profiling.statementsPerRequest=2");

  private static long course;

  @BeforeAll
  static void a_course_of_2_modules_of_3_lessons_of_4_exercises() {
    course =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
            .createCourseTrees(List.of(new CourseShape(2, 3, 4).draft("Profiled", true)))
            .get(0)
            .value();
  }

  private static JsonNode endpoint(JsonNode summary, String method, String template) {
    return StreamSupport.stream(summary.get("endpoints").spliterator(), false)
        .filter(row -> row.get("method").asText().equals(method))
        .filter(row -> row.get("endpoint").asText().equals(template))
        .findFirst()
        .orElseThrow(() -> new AssertionError(method + " " + template + " not in " + summary));
  }

  private static List<String> endpointsInOrder(JsonNode summary) {
    List<String> endpoints = new ArrayList<>();
    summary
        .get("endpoints")
        .forEach(
            row -> endpoints.add(row.get("method").asText() + " " + row.get("endpoint").asText()));
    return endpoints;
  }

  @Test
  void the_summary_sums_every_request_of_an_endpoint_and_ranks_the_endpoints() {
    for (int i = 0; i < 3; i++) {
      assertThat(SYLLABUS.get("/courses?limit=5")).hasStatus(200).ranStatements(4);
    }
    SYLLABUS.get("/no-such-page");
    SYLLABUS.get("/no-such-page/either");
    SYLLABUS.profiledAfter("/no-such-page/either");

    HttpResponse<String> response = SYLLABUS.getAdmin("/queries/endpoints.json?rank=statements");

    assertThat(response).hasStatus(200);
    JsonNode summary = json(response);
    assertThat(summary.get("rankedBy").asText()).isEqualTo("statements");
    JsonNode page = endpoint(summary, "GET", "/courses");
    assertThat(page.get("requests").asLong()).isEqualTo(3);
    assertThat(page.get("statements").asLong()).isEqualTo(12);
    assertThat(page.get("meanStatements").asDouble()).isEqualTo(4.0);
    assertThat(page.get("maxStatements").asLong()).isEqualTo(4);
    assertThat(page.get("dbMillis").asDouble()).isPositive();
    assertThat(page.get("totalMillis").asDouble())
        .isGreaterThanOrEqualTo(page.get("dbMillis").asDouble())
        .isGreaterThanOrEqualTo(page.get("maxMillis").asDouble());
    assertThat(page.get("maxMillis").asDouble())
        .isGreaterThanOrEqualTo(page.get("meanMillis").asDouble());
    assertThat(page.get("slowestKeptRequest").isNumber()).isTrue();
    JsonNode unmatched = endpoint(summary, "GET", "(no resource)");
    assertThat(unmatched.get("requests").asLong()).as("both unknown paths, one row").isEqualTo(2);
    assertThat(unmatched.get("statements").asLong()).isZero();
    List<String> ranked = endpointsInOrder(summary);
    assertThat(ranked.indexOf("GET /courses")).isLessThan(ranked.indexOf("GET (no resource)"));

    HttpResponse<String> html = SYLLABUS.getAdmin("/queries/endpoints?rank=db");
    assertThat(html).hasStatus(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringCase("text/html;charset=utf-8");
    assertThat(html.body())
        .startsWith("<!doctype html>")
        .contains("<strong>most time in the database</strong>")
        .contains("<a href=\"endpoints?rank=statements\">most statements</a>")
        .contains("<td>GET /courses</td><td class=\"n\">3</td>")
        .contains("<a href=\"requests/" + page.get("slowestKeptRequest").asLong() + "\">");
  }

  @Test
  void a_requests_page_shows_it_and_its_first_statements_in_order_on_its_time_axis() {
    String requestId = "pages-" + System.nanoTime();
    String path = "/courses/" + course + "?learner=7";
    assertThat(
            SYLLABUS.call("GET", path, RunningSyllabus.LEARNER_7, null, "X-Request-Id", requestId))
        .hasStatus(200)
        .ranStatements(5);
    long number = SYLLABUS.profiledAfter(path).get("recent").get(0).get("number").asLong();

    JsonNode page = json(SYLLABUS.getAdmin("/queries/requests/" + number + ".json"));

    JsonNode request = page.get("request");
    assertThat(request.get("number").asLong()).isEqualTo(number);
    assertThat(request.get("requestId").asText()).isEqualTo(requestId);
    assertThat(request.get("method").asText()).isEqualTo("GET");
    assertThat(request.get("path").asText()).isEqualTo(path);
    assertThat(request.get("status").asInt()).isEqualTo(200);
    assertThat(request.get("statementCount").asInt()).isEqualTo(5);
    // The course's row, then its modules, lessons and exercises sent together, then the progress.
    assertThat(request.get("statements")).as("grouped by SQL text: all three").hasSize(3);
    assertThat(page.get("statementsNotKept").asInt()).isEqualTo(1);
    JsonNode timeline = page.get("timeline");
    assertThat(timeline)
        .extracting(
            s -> s.get("index").asInt(),
            s -> s.get("daoMethod").asText(),
            s -> s.get("rows").asLong(),
            s -> s.get("failed").asBoolean(),
            s -> s.get("dataSource").asText(),
            s -> s.get("statements").asInt())
        .containsExactly(
            tuple(1, "CourseTreeDao.coursesWithIds", 1L, false, "primary", 1),
            tuple(2, "CourseTreeDao.levelsOf", 2L + 6 + 24, false, "primary", 3));
    double end = 0;
    for (JsonNode statement : timeline) {
      assertThat(statement.get("sql").asText()).startsWith("select ");
      assertThat(statement.get("startMillis").asDouble()).isGreaterThanOrEqualTo(end);
      end = statement.get("startMillis").asDouble() + statement.get("durationMillis").asDouble();
    }
    assertThat(end).isLessThanOrEqualTo(request.get("totalMillis").asDouble());

    HttpResponse<String> html = SYLLABUS.getAdmin("/queries/requests/" + number);
    assertThat(html).hasStatus(200);
    assertThat(html.body())
        .startsWith("<!doctype html>")
        .contains("<h1>Request " + number + "</h1>")
        .contains("<dd>" + requestId + "</dd>")
        .contains("<dd>GET /courses/{id}</dd>")
        .contains(
            "CourseTreeDao.coursesWithIds <span class=\"source\">on primary</span><code",
            "CourseTreeDao.levelsOf <span class=\"source\">on primary</span><code")
        .contains("and 1 more, not kept one by one (profiling.statementsPerRequest)")
        .contains("<h2>By SQL text</h2>", "CompletionDao.completedAmong")
        .contains("where id = any(:ids)")
        .doesNotContain("<script");
    assertThat(html.body().split("class=\"bar\"", -1)).as("2 bars in the table").hasSize(3);
    assertThat(html.body())
        .contains("<svg class=\"overview\" role=\"img\" aria-label=\"4 statements on the");
    assertThat(html.body().split("<rect ", -1)).as("and 2 in the overview").hasSize(3);
    assertThat(SYLLABUS.getAdmin("/queries").body())
        .contains("<a href=\"queries/requests/" + number + "\">GET " + path.replace("&", "&amp;"));
  }

  @Test
  void a_request_no_longer_kept_or_a_page_that_does_not_exist_is_a_404() {
    JsonNode gone = json(SYLLABUS.getAdmin("/queries/requests/999999.json"));
    assertThat(gone.get("code").asInt()).isEqualTo(404);
    assertThat(gone.get("message").asText()).contains("profiling.recentRequests");

    assertThat(SYLLABUS.getAdmin("/queries/requests/999999")).hasStatus(404);
    assertThat(SYLLABUS.getAdmin("/queries/requests/abc")).hasStatus(404);
    assertThat(SYLLABUS.getAdmin("/queries/requests/-1")).hasStatus(404);
    assertThat(SYLLABUS.getAdmin("/queries/nothing-here")).hasStatus(404);
    assertThat(SYLLABUS.getAdmin("/queries")).hasStatus(200);
    assertThat(SYLLABUS.getAdmin("/queries.json")).hasStatus(200);
  }
}
