package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An author builds and changes courses over HTTP, against PostgreSQL; each change's cost. */
class AuthoringApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static long importCourse(CourseShape shape, String title) {
    HttpResponse<String> created =
        SYLLABUS.call("POST", "/courses", AUTHOR, CourseJson.of(shape.draft(title, false)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asLong();
  }

  private static JsonNode tree(long course) {
    HttpResponse<String> response = SYLLABUS.get("/courses/" + course, AUTHOR);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  private static List<String> titles(JsonNode nodes) {
    List<String> titles = new ArrayList<>();
    nodes.forEach(node -> titles.add(node.get("title").asText()));
    return titles;
  }

  @Test
  void importing_a_5000_exercise_course_costs_5_writes_and_answers_what_they_wrote() {
    HttpResponse<String> created =
        SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            CourseJson.of(new CourseShape(10, 50, 10).draft("Big", true)));

    assertThat(created.statusCode()).isEqualTo(201);
    ApiResponseAssert.assertThat(created).ranStatements(5);
    long id = json(created).get("id").asLong();
    assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/courses/" + id);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"v1\"");
    JsonNode tree = json(created);
    assertThat(tree.get("modules")).hasSize(10);
    assertThat(tree.get("modules").get(9).get("lessons").get(49).get("exercises")).hasSize(10);
    assertThat(tree(id)).isEqualTo(tree);
  }

  @Test
  void an_empty_course_is_created_unpublished_and_published_later() {
    HttpResponse<String> created =
        SYLLABUS.call("POST", "/courses", AUTHOR, "{\"title\": \"Draft course\"}");
    long id = json(created).get("id").asLong();
    assertThat(SYLLABUS.get("/courses/" + id).statusCode()).isEqualTo(404);

    HttpResponse<String> published =
        SYLLABUS.call("PATCH", "/courses/" + id, AUTHOR, "{\"published\": true}");

    assertThat(published.statusCode()).isEqualTo(200);
    ApiResponseAssert.assertThat(published).ranStatements(1);
    assertThat(json(published).get("version").asLong()).isEqualTo(2);
    assertThat(published.headers().firstValue("ETag")).hasValue("\"v2\"");
    // Without read replicas, a write has no position to tell (Scaling out in the README).
    assertThat(published.headers().firstValue("Syllabus-Position")).isEmpty();
    JsonNode publicView = json(SYLLABUS.get("/courses/" + id));
    assertThat(publicView.get("published").asBoolean()).isTrue();
    assertThat(publicView.get("modules")).isEmpty();
  }

  @Test
  void modules_lessons_and_exercises_are_added_where_asked_and_positions_stay_dense() {
    long course = importCourse(new CourseShape(2, 2, 2), "Grows");

    HttpResponse<String> module =
        SYLLABUS.call(
            "POST",
            "/courses/" + course + "/modules",
            AUTHOR,
            "{\"title\":\"Intro\",\"position\":1}");
    long moduleId = json(module).get("id").asLong();
    HttpResponse<String> lesson =
        SYLLABUS.call(
            "POST", "/modules/" + moduleId + "/lessons", AUTHOR, "{\"title\":\"Welcome\"}");
    long lessonId = json(lesson).get("id").asLong();
    HttpResponse<String> exercise =
        SYLLABUS.call(
            "POST",
            "/lessons/" + lessonId + "/exercises",
            AUTHOR,
            "{\"title\":\"Say hello\",\"type\":\"video\"}");

    assertThat(module.statusCode()).isEqualTo(201);
    // lock the course (its row holds the size), count the siblings, open a place, insert, resize
    ApiResponseAssert.assertThat(module).ranStatements(5);
    assertThat(json(module).get("kind").asText()).isEqualTo("module");
    // find the module's course, lock, find again, count, open a place, insert, resize
    ApiResponseAssert.assertThat(lesson).ranStatements(7);
    assertThat(exercise.statusCode()).isEqualTo(201);
    assertThat(json(exercise).get("version").asLong()).isEqualTo(4);
    JsonNode modules = tree(course).get("modules");
    assertThat(titles(modules)).containsExactly("Intro", "Module 1", "Module 2");
    assertThat(modules.get(1).get("position").asInt()).isEqualTo(2);
    JsonNode added = modules.get(0).get("lessons").get(0).get("exercises").get(0);
    assertThat(added.get("type").asText()).isEqualTo("video");
    assertThat(added.get("position").asInt()).isEqualTo(1);
  }

  @Test
  void a_node_is_renamed_retyped_moved_and_deleted() {
    long course = importCourse(new CourseShape(2, 2, 3), "Changes");
    JsonNode before = tree(course).get("modules");
    long exercise = before.get(0).get("lessons").get(0).get("exercises").get(0).get("id").asLong();
    long otherLesson = before.get(1).get("lessons").get(1).get("id").asLong();
    long lesson = before.get(0).get("lessons").get(1).get("id").asLong();

    HttpResponse<String> renamed =
        SYLLABUS.call(
            "PATCH",
            "/exercises/" + exercise,
            AUTHOR,
            "{\"title\":\"Renamed\",\"type\":\"fill-in-blank\"}");
    HttpResponse<String> moved =
        SYLLABUS.call(
            "PATCH",
            "/exercises/" + exercise,
            AUTHOR,
            "{\"parent\":" + otherLesson + ",\"position\":2}");
    HttpResponse<String> reordered =
        SYLLABUS.call("PATCH", "/lessons/" + lesson, AUTHOR, "{\"position\":1}");
    HttpResponse<String> deleted =
        SYLLABUS.call("DELETE", "/modules/" + before.get(1).get("id").asLong(), AUTHOR, null);

    assertThat(renamed.statusCode()).isEqualTo(200);
    ApiResponseAssert.assertThat(renamed).ranStatements(3 + 2);
    // find the node and the new parent's course, lock, find both again (either may have moved
    // to another course before the lock); count, open, place, close the gap
    ApiResponseAssert.assertThat(moved).ranStatements(5 + 4);
    ApiResponseAssert.assertThat(reordered).ranStatements(3 + 2);
    assertThat(deleted.statusCode()).isEqualTo(204);
    // find, lock, find again; count the subtree, delete, close the gap, resize
    ApiResponseAssert.assertThat(deleted).ranStatements(3 + 4);
    assertThat(deleted.headers().firstValue("ETag")).hasValue("\"v5\"");
    JsonNode after = tree(course).get("modules");
    assertThat(after).hasSize(1);
    assertThat(titles(after.get(0).get("lessons"))).containsExactly("Lesson 1.2", "Lesson 1.1");
    assertThat(titles(after.get(0).get("lessons").get(1).get("exercises")))
        .containsExactly("Exercise 1.1.2", "Exercise 1.1.3");
  }

  @Test
  void a_moved_exercise_arrives_renamed_and_retyped_at_its_place_in_another_course() {
    long from = importCourse(new CourseShape(1, 1, 2), "From");
    long to = importCourse(new CourseShape(1, 1, 2), "To");
    long exercise =
        tree(from)
            .get("modules")
            .get(0)
            .get("lessons")
            .get(0)
            .get("exercises")
            .get(1)
            .get("id")
            .asLong();
    long target = tree(to).get("modules").get(0).get("lessons").get(0).get("id").asLong();

    HttpResponse<String> moved =
        SYLLABUS.call(
            "PATCH",
            "/exercises/" + exercise,
            AUTHOR,
            "{\"parent\":" + target + ",\"position\":1,\"title\":\"Travelled\",\"type\":\"text\"}");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode arrived = tree(to).get("modules").get(0).get("lessons").get(0).get("exercises");
    assertThat(titles(arrived)).containsExactly("Travelled", "Exercise 1.1.1", "Exercise 1.1.2");
    assertThat(arrived.get(0).get("type").asText()).isEqualTo("text");
    assertThat(tree(from).get("modules").get(0).get("lessons").get(0).get("exercises")).hasSize(1);
    assertThat(SYLLABUS.get("/courses/" + to, AUTHOR).headers().firstValue("ETag"))
        .hasValue("\"v2\"");
  }

  @Test
  void deleting_a_course_deletes_it_whole() {
    long course = importCourse(new CourseShape(2, 2, 2), "Doomed");

    HttpResponse<String> deleted = SYLLABUS.call("DELETE", "/courses/" + course, AUTHOR, null);

    assertThat(deleted.statusCode()).isEqualTo(204);
    ApiResponseAssert.assertThat(deleted).ranStatements(1);
    assertThat(SYLLABUS.get("/courses/" + course, AUTHOR).statusCode()).isEqualTo(404);
    assertThat(SYLLABUS.call("DELETE", "/courses/" + course, AUTHOR, null).statusCode())
        .isEqualTo(404);
  }
}
