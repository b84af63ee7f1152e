package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.appMillis;
import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.ApiResponseAssert.dbMillis;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read API end to end: the real application on PostgreSQL, called over HTTP. */
class CourseApiTest {

  @RegisterExtension static final RunningSyllabus SYLLABUS = RunningSyllabus.with();

  private static final long LEARNER = 7;
  private static long medium; // 10 modules × 50 lessons × 10 exercises
  private static List<CourseId> unpublished; // 50 courses of 5 × 8 × 6

  @BeforeAll
  static void courses() {
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(SYLLABUS.jdbi());
    JdbiCompletionStore completions = new JdbiCompletionStore(SYLLABUS.jdbi());
    GenerateCoursesService generator =
        new GenerateCoursesService(
            new JdbiCourseTreeWriter(SYLLABUS.jdbi()),
            loader,
            completions,
            AnnounceCourseChangesPort.NOBODY);
    medium =
        generator
            .generateCourses(
                Viewer.author(),
                new GenerateCoursesCommand(
                    1, 10, 50, 10, true, Optional.of(new LearnerId(LEARNER))))
            .get(0)
            .value();
    unpublished =
        generator.generateCourses(
            Viewer.author(), new GenerateCoursesCommand(50, 5, 8, 6, false, Optional.empty()));
  }

  private static JsonNode demoCourse() {
    JsonNode first = json(SYLLABUS.get("/courses?published=true&limit=1")).get("courses").get(0);
    return json(SYLLABUS.get("/courses/" + first.get("id").asLong()));
  }

  @Test
  void a_new_database_serves_the_demo_course_with_every_exercise_type() {
    JsonNode demo = demoCourse();

    assertThat(demo.get("title").asText()).isEqualTo("Web Development Fundamentals");
    assertThat(demo.get("published").asBoolean()).isTrue();
    assertThat(demo.get("modules")).hasSize(3);
    Set<String> types = new HashSet<>();
    demo.get("modules")
        .forEach(
            module ->
                module
                    .get("lessons")
                    .forEach(
                        lesson ->
                            lesson
                                .get("exercises")
                                .forEach(e -> types.add(e.get("type").asText()))));
    assertThat(types)
        .containsExactlyInAnyOrder("video", "multiple-choice", "fill-in-blank", "text");
  }

  @Test
  void a_5000_exercise_course_is_served_whole_in_4_statements() {
    HttpResponse<String> response = SYLLABUS.get("/courses/" + medium);

    assertThat(response).hasStatus(200).ranStatements(4);
    JsonNode course = json(response);
    assertThat(course.get("modules")).hasSize(10);
    int lessons = 0;
    int exercises = 0;
    for (JsonNode module : course.get("modules")) {
      for (JsonNode lesson : module.get("lessons")) {
        lessons++;
        exercises += lesson.get("exercises").size();
        assertThat(lesson.has("completedExercises")).isFalse();
      }
    }
    assertThat(lessons).isEqualTo(500);
    assertThat(exercises).isEqualTo(5_000);
  }

  @Test
  void a_learners_progress_costs_one_statement_more() {
    HttpResponse<String> response =
        SYLLABUS.get("/courses/" + medium + "?learner=" + LEARNER, RunningSyllabus.LEARNER_7);

    assertThat(response).hasStatus(200).ranStatements(5);
    JsonNode lesson = json(response).get("modules").get(0).get("lessons").get(0);
    assertThat(lesson.get("completedExercises").asInt()).isEqualTo(5);
    assertThat(lesson.get("exercises").get(0).get("completed").asBoolean()).isTrue();
    assertThat(lesson.get("exercises").get(1).get("completed").asBoolean()).isFalse();
  }

  @Test
  void a_page_of_50_course_trees_costs_4_statements() {
    HttpResponse<String> response =
        SYLLABUS.get("/courses?published=false&limit=50", RunningSyllabus.AUTHOR);

    assertThat(response).hasStatus(200).ranStatements(4);
    JsonNode page = json(response);
    assertThat(page.get("courses")).hasSize(50);
    assertThat(page.get("courses").get(49).get("id").asLong())
        .isEqualTo(unpublished.get(49).value());
    assertThat(page.get("next").isNull()).isTrue();
  }

  @Test
  void an_unknown_course_is_a_json_404_after_one_statement() {
    HttpResponse<String> response = SYLLABUS.get("/courses/987654321");

    assertThat(response).hasStatus(404).ranStatements(1);
    assertThat(json(response).get("message").asText()).isEqualTo("Course 987654321 not found");
  }

  @Test
  void malformed_input_is_a_json_400_that_runs_no_statement() {
    for (String bad :
        List.of(
            "/courses/abc",
            "/courses/0",
            "/courses?limit=0",
            "/courses?limit=101",
            "/courses?published=maybe",
            "/courses?after=not-a-cursor",
            "/courses/1?learner=x")) {
      HttpResponse<String> response = SYLLABUS.get(bad);

      assertThat(response).hasStatus(400).ranNoStatement();
      assertThat(json(response).get("message").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void the_default_page_of_course_trees_costs_4_statements() {
    HttpResponse<String> response = SYLLABUS.get("/courses", RunningSyllabus.AUTHOR);

    assertThat(response).hasStatus(200).ranStatements(4);
    assertThat(json(response).get("courses")).hasSize(ListCourseTreesQuery.DEFAULT_LIMIT);
  }

  @Test
  void server_timing_says_how_long_the_statements_took_within_the_request() {
    HttpResponse<String> response = SYLLABUS.get("/courses/" + medium);

    assertThat(response.headers().firstValue("Server-Timing").orElseThrow())
        .matches("db;dur=\\d+\\.\\d;desc=\"4 statements\", app;dur=\\d+\\.\\d");
    assertThat(dbMillis(response)).isPositive();
    assertThat(appMillis(response)).isGreaterThanOrEqualTo(dbMillis(response));
  }

  @Test
  void a_request_that_runs_no_statement_spends_no_time_in_the_database() {
    HttpResponse<String> response = SYLLABUS.get("/courses/abc");

    assertThat(response.headers().firstValue("Server-Timing").orElseThrow())
        .startsWith("db;dur=0.0;desc=\"0 statements\", app;dur=");
  }

  @Test
  void the_admin_port_reports_a_healthy_database_and_per_statement_timers() {
    HttpResponse<String> health = SYLLABUS.getAdmin("/healthcheck");
    SYLLABUS.get("/courses/" + medium);
    HttpResponse<String> metrics = SYLLABUS.getAdmin("/metrics");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).get("database").get("healthy").asBoolean()).isTrue();
    assertThat(json(metrics).get("timers").fieldNames())
        .toIterable()
        .anyMatch(name -> name.contains("CourseTreeDao.exercisesOf"));
  }
}
