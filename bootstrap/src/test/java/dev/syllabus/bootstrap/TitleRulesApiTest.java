package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint that takes a title keeps the domain's title rule: 422 naming the field, never a
 * 500 from PostgreSQL or a title stored other than it was sent.
 */
class TitleRulesApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static final String NUL = "A\u0000B";
  private static final String EMOJI = "\uD83D\uDE00";

  private static long course;
  private static long module;
  private static long lesson;
  private static long exercise;

  @BeforeAll
  static void a_course() {
    course =
        json(SYLLABUS.call(
                "POST",
                "/courses",
                AUTHOR,
                CourseJson.of(new CourseShape(1, 1, 1).draft("C", true))))
            .get("id")
            .asLong();
    JsonNode firstModule = json(SYLLABUS.get("/courses/" + course)).get("modules").get(0);
    module = firstModule.get("id").asLong();
    JsonNode firstLesson = firstModule.get("lessons").get(0);
    lesson = firstLesson.get("id").asLong();
    exercise = firstLesson.get("exercises").get(0).get("id").asLong();
  }

  /**
   * The title as a JSON string literal with every character outside printable ASCII escaped as JSON
   * escapes it, so that even an unpaired surrogate reaches the service as it was written.
   */
  private static String quoted(String title) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : title.toCharArray()) {
      json.append(c >= ' ' && c < 127 && c != '"' && c != '\\' ? String.valueOf(c) : escaped(c));
    }
    return json.append('"').toString();
  }

  private static String escaped(char c) {
    return String.format("\\u%04x", (int) c);
  }

  /** Sends the title to every endpoint that takes one and asserts each answer. */
  private static void assertEveryEndpointRefuses(String title, String problem) {
    String t = quoted(title);
    String version = SYLLABUS.get("/courses/" + course).headers().firstValue("ETag").orElseThrow();
    assertRefused(
        SYLLABUS.call("POST", "/courses", AUTHOR, "{\"title\":" + t + "}"), "title", problem);
    assertRefused(
        SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            "{\"title\":\"C\",\"modules\":[{\"title\":\"M\",\"lessons\":[{\"title\":"
                + t
                + "}]}]}"),
        "modules[0].lessons[0].title",
        problem);
    assertRefused(
        SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"title\":" + t + "}"),
        "title",
        problem);
    assertRefused(
        SYLLABUS.call("POST", "/courses/" + course + "/modules", AUTHOR, "{\"title\":" + t + "}"),
        "title",
        problem);
    assertRefused(
        SYLLABUS.call("POST", "/modules/" + module + "/lessons", AUTHOR, "{\"title\":" + t + "}"),
        "title",
        problem);
    assertRefused(
        SYLLABUS.call(
            "POST",
            "/lessons/" + lesson + "/exercises",
            AUTHOR,
            "{\"type\":\"text\",\"title\":" + t + "}"),
        "title",
        problem);
    for (String node :
        new String[] {"/modules/" + module, "/lessons/" + lesson, "/exercises/" + exercise}) {
      assertRefused(
          SYLLABUS.call("PATCH", node, AUTHOR, "{\"title\":" + t + "}"), "title", problem);
    }
    assertThat(SYLLABUS.get("/courses/" + course).headers().firstValue("ETag"))
        .as("nothing changed")
        .hasValue(version);
  }

  private static void assertRefused(HttpResponse<String> response, String field, String problem) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode error = json(response).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).isEqualTo(problem);
  }

  @Test
  void a_nul_character_in_any_title_is_422_not_a_500_from_postgresql() {
    assertEveryEndpointRefuses(NUL, "must not contain control characters, found U+0000 at 2");
  }

  @Test
  void a_title_of_only_unicode_spaces_or_zero_width_characters_is_blank() {
    assertEveryEndpointRefuses("\u00A0\u2003\u3000", "must not be blank");
    assertEveryEndpointRefuses("\u200B\uFEFF\u2060", "must not be blank");
  }

  @Test
  void an_unpaired_surrogate_is_422_not_stored_as_a_question_mark() {
    assertEveryEndpointRefuses(
        "Half \uD83D", "must not contain an unpaired surrogate, found U+D83D at 6");
  }

  @Test
  void the_limit_counts_characters_so_255_emoji_fit_and_256_do_not() {
    assertEveryEndpointRefuses(EMOJI.repeat(256), "must be at most 255 characters, was 256");

    HttpResponse<String> created =
        SYLLABUS.call("POST", "/courses", AUTHOR, "{\"title\":" + quoted(EMOJI.repeat(255)) + "}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    assertThat(json(SYLLABUS.get("/courses/" + id, AUTHOR)).get("title").asText())
        .isEqualTo(EMOJI.repeat(255));
  }
}
