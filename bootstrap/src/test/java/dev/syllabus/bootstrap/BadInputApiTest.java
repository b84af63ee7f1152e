package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input gets a clear JSON error with the right status, and nothing is half-written. */
class BadInputApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static long course;
  private static long lesson;
  private static long exercise;

  @BeforeAll
  static void a_course() {
    course =
        json(SYLLABUS.call(
                "POST",
                "/courses",
                AUTHOR,
                CourseJson.of(new CourseShape(1, 2, 2).draft("C", true))))
            .get("id")
            .asLong();
    JsonNode firstLesson =
        json(SYLLABUS.get("/courses/" + course)).get("modules").get(0).get("lessons").get(0);
    lesson = firstLesson.get("id").asLong();
    exercise = firstLesson.get("exercises").get(0).get("id").asLong();
  }

  private static List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  private static long courses() {
    return json(SYLLABUS.get("/courses?limit=100", AUTHOR)).get("courses").size();
  }

  private static void assertNoInternals(HttpResponse<String> response) {
    assertThat(response.body())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("insert ");
  }

  @Test
  void malformed_json_is_400() {
    HttpResponse<String> response = SYLLABUS.call("POST", "/courses", AUTHOR, "{\"title\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).isNotBlank();
    assertNoInternals(response);
  }

  @Test
  void an_import_breaking_rules_is_422_naming_every_field_and_creates_nothing() {
    long before = courses();
    String body =
        "{\"title\":\"\",\"modules\":[{\"title\":\"M\",\"lessons\":[{\"title\":\""
            + "x".repeat(256)
            + "\",\"exercises\":[{\"type\":\"essay\",\"title\":\"E\"},{\"type\":\"video\"}]}]}]}";

    HttpResponse<String> response = SYLLABUS.call("POST", "/courses", AUTHOR, body);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(fields(response))
        .containsExactly(
            "title",
            "modules[0].lessons[0].title",
            "modules[0].lessons[0].exercises[0].type",
            "modules[0].lessons[0].exercises[1].title");
    assertThat(json(response).get("code").asInt()).isEqualTo(422);
    assertThat(courses()).isEqualTo(before);
  }

  @Test
  void a_change_breaking_rules_is_422_naming_its_fields() {
    HttpResponse<String> badExercise =
        SYLLABUS.call(
            "POST",
            "/lessons/" + lesson + "/exercises",
            AUTHOR,
            "{\"title\":\" \",\"type\":\"essay\",\"position\":0}");
    HttpResponse<String> farAway =
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"position\":3}");
    HttpResponse<String> noParent =
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"parent\":987654321}");
    HttpResponse<String> nothing = SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{}");

    assertThat(badExercise.statusCode()).isEqualTo(422);
    assertThat(fields(badExercise)).containsExactly("title", "type", "position");
    assertThat(farAway.statusCode()).isEqualTo(422);
    assertThat(json(farAway).get("errors").get(0).get("message").asText())
        .isEqualTo("must be between 1 and 2, was 3");
    assertThat(noParent.statusCode()).isEqualTo(422);
    assertThat(json(noParent).get("errors").get(0).get("message").asText())
        .isEqualTo("lesson 987654321 does not exist");
    assertThat(nothing.statusCode()).isEqualTo(422);
    assertThat(SYLLABUS.get("/courses/" + course).headers().firstValue("ETag")).hasValue("\"v1\"");
  }

  @Test
  void unknown_ids_are_404() {
    assertThat(
            SYLLABUS.call("PATCH", "/courses/987654321", AUTHOR, "{\"title\":\"T\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> lessonGone =
        SYLLABUS.call(
            "POST", "/lessons/987654321/exercises", AUTHOR, "{\"title\":\"T\",\"type\":\"text\"}");
    assertThat(lessonGone.statusCode()).isEqualTo(404);
    assertThat(json(lessonGone).get("message").asText()).isEqualTo("Lesson 987654321 not found");
    assertThat(SYLLABUS.call("DELETE", "/modules/987654321", AUTHOR, null).statusCode())
        .isEqualTo(404);
    assertThat(
            SYLLABUS.call("POST", "/exercises/" + exercise + "/lessons", AUTHOR, "{}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void a_body_over_the_configured_size_is_413() {
    String huge = CourseJson.of(new CourseShape(20, 50, 30).draft("Huge", true));
    assertThat(huge.length()).isGreaterThan(1024 * 1024);
    long before = courses();

    HttpResponse<String> response = SYLLABUS.call("POST", "/courses", AUTHOR, huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("message").asText()).contains("1048576 bytes");
    assertThat(courses()).isEqualTo(before);
  }
}
