package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The size limits through HTTP, on PostgreSQL: 30 nodes per course and 20 exercises per page, so
 * that small courses reach them.
 */
class LimitsApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "limits.maxNodesPerCourse=30",
          "limits.maxExercisesPerPage=20",
          "demo.seedWhenEmpty=false");

  private static long coursesTitled(String title) {
    return SYLLABUS
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select count(*) from courses where title = :title")
                    .bind("title", title)
                    .mapTo(Long.class)
                    .one());
  }

  private static HttpResponse<String> importCourse(CourseShape shape, String title) {
    return SYLLABUS.call("POST", "/courses", AUTHOR, CourseJson.of(shape.draft(title, true)));
  }

  @Test
  void an_import_over_the_node_limit_answers_422_naming_limit_and_size_and_creates_nothing() {
    // 2 modules, 6 lessons and 24 exercises: 32 nodes.
    HttpResponse<String> refused = importCourse(new CourseShape(2, 3, 4), "Too big");

    assertThat(refused).hasStatus(422).ranStatements(0);
    JsonNode error = json(refused);
    assertThat(error.get("code").asInt()).isEqualTo(422);
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("course");
    assertThat(error.get("errors").get(0).get("message").asText())
        .isEqualTo(
            "would have 32 nodes (modules, lessons and exercises), more than the 30 a course may"
                + " have");
    assertThat(coursesTitled("Too big")).isZero();
  }

  @Test
  void additions_up_to_the_limit_are_taken_and_the_one_past_it_answers_422_changing_nothing() {
    // 2 + 4 + 20 = 26 nodes.
    HttpResponse<String> created = importCourse(new CourseShape(2, 2, 5), "Nearly full");
    assertThat(created).hasStatus(201);
    JsonNode tree = json(created);
    long course = tree.get("id").asLong();
    long module = tree.get("modules").get(0).get("id").asLong();
    long lesson = tree.get("modules").get(0).get("lessons").get(0).get("id").asLong();

    assertThat(
            SYLLABUS.call("POST", "/courses/" + course + "/modules", AUTHOR, "{\"title\":\"M\"}"))
        .hasStatus(201);
    assertThat(
            SYLLABUS.call("POST", "/modules/" + module + "/lessons", AUTHOR, "{\"title\":\"L\"}"))
        .hasStatus(201);
    for (int e = 0; e < 2; e++) {
      assertThat(
              SYLLABUS.call(
                  "POST",
                  "/lessons/" + lesson + "/exercises",
                  AUTHOR,
                  "{\"title\":\"E\",\"type\":\"text\"}"))
          .hasStatus(201);
    }
    HttpResponse<String> full = SYLLABUS.get("/courses/" + course);

    HttpResponse<String> refused =
        SYLLABUS.call(
            "POST",
            "/lessons/" + lesson + "/exercises",
            AUTHOR,
            "{\"title\":\"E\",\"type\":\"text\"}");

    assertThat(refused).hasStatus(422);
    assertThat(json(refused).get("message").asText())
        .isEqualTo(
            "course would have 31 nodes (modules, lessons and exercises), more than the 30 a"
                + " course may have");
    HttpResponse<String> after = SYLLABUS.get("/courses/" + course);
    assertThat(after.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag"));
    assertThat(after.body()).isEqualTo(full.body());
  }

  @Test
  void a_page_heavier_than_its_budget_ends_early_with_a_cursor_that_continues() {
    // Eight exercises each: two fit in 20, a third would not.
    List<Long> ids =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
                .createCourseTrees(
                    Collections.nCopies(5, new CourseShape(1, 2, 4).draft("Paged", false)))
                .stream()
                .map(id -> id.value())
                .toList();

    List<List<Long>> pages = new ArrayList<>();
    String query = "/courses?published=false&limit=10";
    String next = null;
    do {
      HttpResponse<String> page =
          SYLLABUS.get(
              next == null
                  ? query
                  : query + "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
              AUTHOR);
      assertThat(page).hasStatus(200).ranStatements(4);
      List<Long> onPage = new ArrayList<>();
      json(page).get("courses").forEach(c -> onPage.add(c.get("id").asLong()));
      pages.add(onPage);
      JsonNode cursor = json(page).get("next");
      next = cursor.isNull() ? null : cursor.asText();
    } while (next != null);

    assertThat(pages).containsExactly(ids.subList(0, 2), ids.subList(2, 4), ids.subList(4, 5));
  }

  private static List<Long> storedSize(long course) {
    return SYLLABUS
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select node_count, exercise_count from courses where id = :id")
                    .bind("id", course)
                    .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2)))
                    .one());
  }

  @Test
  void a_lesson_moved_to_another_course_takes_its_size_along_in_a_constant_number_of_statements() {
    // 1 + 2 + 6 = 9 nodes and 2 + 4 + 8 = 14 nodes.
    JsonNode from = json(importCourse(new CourseShape(1, 2, 3), "Gives"));
    JsonNode to = json(importCourse(new CourseShape(2, 2, 2), "Takes"));
    long lesson = from.get("modules").get(0).get("lessons").get(0).get("id").asLong();
    long module = to.get("modules").get(1).get("id").asLong();

    HttpResponse<String> moved =
        SYLLABUS.call("PATCH", "/lessons/" + lesson, AUTHOR, "{\"parent\":" + module + "}");

    // find, find the new parent's course, lock both, find both again; count the subtree and
    // store both sizes; count, open a place, place, close the gap
    assertThat(moved).hasStatus(200).ranStatements(5 + 2 + 4);
    assertThat(storedSize(from.get("id").asLong())).containsExactly(5L, 3L);
    assertThat(storedSize(to.get("id").asLong())).containsExactly(18L, 11L);
  }
}
