package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.application.service.CourseShape;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request bodies are read as they are written: a value of the wrong JSON type or a field the
 * request does not have is a 422 naming the field, never a silent coercion or a skipped field.
 */
class RequestBodyApiTest {

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
                CourseJson.of(new CourseShape(1, 1, 2).draft("C", true))))
            .get("id")
            .asLong();
    JsonNode firstLesson =
        json(SYLLABUS.get("/courses/" + course)).get("modules").get(0).get("lessons").get(0);
    lesson = firstLesson.get("id").asLong();
    exercise = firstLesson.get("exercises").get(0).get("id").asLong();
  }

  private static String version() {
    return SYLLABUS.get("/courses/" + course).headers().firstValue("ETag").orElseThrow();
  }

  private static void assertRefused(HttpResponse<String> response, String field, String problem) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode body = json(response);
    assertThat(body.get("code").asInt()).isEqualTo(422);
    assertThat(body.get("errors")).hasSize(1);
    assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(body.get("errors").get(0).get("message").asText()).startsWith(problem);
  }

  @Test
  void a_value_of_another_json_type_is_422_not_coerced() {
    String before = version();

    assertRefused(
        SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"title\": 12345}"),
        "title",
        "must be a string");
    assertRefused(
        SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"published\": 1}"),
        "published",
        "must be true or false");
    assertRefused(
        SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"published\": \"true\"}"),
        "published",
        "must be true or false");
    assertRefused(
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"position\": 1.5}"),
        "position",
        "must be a whole number");
    assertRefused(
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"position\": \"1\"}"),
        "position",
        "must be a whole number");
    assertRefused(
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"position\": 99999999999}"),
        "position",
        "must be a whole number in range");
    assertRefused(
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"parent\": \"7\"}"),
        "parent",
        "must be a whole number");

    assertThat(version()).isEqualTo(before);
  }

  @Test
  void a_wrong_type_deep_in_an_import_is_named_by_its_json_path() {
    assertRefused(
        SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            "{\"title\":\"C\",\"modules\":[{\"title\":\"M\",\"lessons\":["
                + "{\"title\":\"L\"},{\"title\":\"L2\",\"exercises\":[{\"type\":\"text\",\"title\":7}]}]}]}"),
        "modules[0].lessons[1].exercises[0].title",
        "must be a string");
    assertRefused(
        SYLLABUS.call("POST", "/courses", AUTHOR, "{\"title\":\"C\",\"modules\":{}}"),
        "modules",
        "must be an array");
    assertRefused(SYLLABUS.call("POST", "/courses", AUTHOR, "[]"), "body", "must be an object");
  }

  @Test
  void an_unknown_or_misspelt_field_is_422_naming_it_and_the_known_ones() {
    String before = version();

    HttpResponse<String> misspelt =
        SYLLABUS.call("PATCH", "/exercises/" + exercise, AUTHOR, "{\"postion\": 1}");

    assertRefused(misspelt, "postion", "is not a field of this request");
    assertThat(json(misspelt).get("errors").get(0).get("message").asText())
        .endsWith("the fields are parent, position, title, type");
    assertRefused(
        SYLLABUS.call(
            "POST",
            "/lessons/" + lesson + "/exercises",
            AUTHOR,
            "{\"type\":\"text\",\"title\":\"T\",\"id\":9}"),
        "id",
        "is not a field of this request");
    assertRefused(
        SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            "{\"title\":\"C\",\"modules\":[{\"title\":\"M\",\"lesson\":[]}]}"),
        "modules[0].lesson",
        "is not a field of this request");
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void malformed_json_stays_400() {
    HttpResponse<String> response =
        SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"title\": \"T\",}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).isEqualTo("Unable to process JSON");
  }

  @Test
  void a_chunked_body_over_the_limit_is_413_as_a_declared_one_is() {
    // Just over the limit, so that what stays unread is small.
    byte[] huge =
        ("{\"title\":\"" + "x".repeat(1024 * 1024 + 16 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = SYLLABUS.send(chunked("/courses", huge));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(json(response).get("message").asText()).contains("1048576 bytes");
    assertThat(response.headers().firstValue("Connection")).hasValue("close");
    assertThat(
            SYLLABUS
                .send(chunked("/courses", "{\"title\":\"Small\"}".getBytes(StandardCharsets.UTF_8)))
                .statusCode())
        .as("a chunked body within the limit")
        .isEqualTo(201);
  }

  /** No length declared: java.net.http streams a body it cannot size in chunks. */
  private static HttpRequest chunked(String path, byte[] body) {
    return HttpRequest.newBuilder(SYLLABUS.uri(path))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + AUTHOR)
        .build();
  }
}
