package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code persistence.loading: naive} shows the N+1 problem the batched loader cures; the guard, not
 * strict here as in production, warns about it without failing the request.
 */
class NaiveLoadingApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "persistence.loading=naive", "demo.seedWhenEmpty=false", "profiling.strict=false");

  @Test
  void a_5000_exercise_course_costs_2_plus_10_modules_plus_500_lessons_statements() {
    long id =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
            .createCourseTrees(List.of(new CourseShape(10, 50, 10).draft("Medium", true)))
            .get(0)
            .value();

    HttpResponse<String> response;
    try (CapturedLog guard = CapturedLog.of(RunningSyllabus.REPEATED_STATEMENT_GUARD)) {
      response = SYLLABUS.get("/courses/" + id);

      assertThat(guard.messages())
          .containsExactly(
              "WARN N+1 query? GET /courses/{id} ran CourseTreeDao.exercisesOfLesson 500 times,"
                  + " more than the 10 allowed in one request"
                  + " (profiling.repeatedStatementThreshold). SQL: select id, lesson_id, type,"
                  + " title, position from exercises where lesson_id = :lessonId order by position");
    }

    assertThat(response).hasStatus(200).ranStatements(2 + 10 + 500);
    assertThat(json(response).get("modules").get(9).get("lessons").get(49).get("exercises"))
        .hasSize(10);
  }

  @Test
  void an_outline_and_a_module_cost_one_statement_per_parent_above_the_depth() {
    long id =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
            .createCourseTrees(List.of(new CourseShape(10, 50, 10).draft("Outlined", true)))
            .get(0)
            .value();
    long module =
        json(SYLLABUS.get("/courses/" + id + "?depth=modules"))
            .get("modules")
            .get(3)
            .get("id")
            .asLong();

    // The course, its modules, then the lessons module by module: no exercise is read.
    assertThat(SYLLABUS.get("/courses/" + id + "?depth=lessons"))
        .hasStatus(200)
        .ranStatements(2 + 10);
    // The module and its course, its lessons, then the exercises lesson by lesson.
    assertThat(SYLLABUS.get("/modules/" + module)).hasStatus(200).ranStatements(1 + 1 + 50);
  }
}
