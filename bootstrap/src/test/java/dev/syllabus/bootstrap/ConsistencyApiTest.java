package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.LEARNER_7;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ETags: a tree's version, cheap revalidation, and writes that cannot overwrite unseen changes. */
class ConsistencyApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static long course() {
    return json(SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            CourseJson.of(new CourseShape(10, 50, 10).draft("Versioned", true))))
        .get("id")
        .asLong();
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void an_unchanged_tree_revalidates_with_304_for_one_small_statement() {
    long course = course();
    HttpResponse<String> first = SYLLABUS.get("/courses/" + course);

    HttpResponse<String> again =
        SYLLABUS.call("GET", "/courses/" + course, null, null, "If-None-Match", etag(first));

    assertThat(etag(first)).isEqualTo("\"v1\"");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(etag(again)).isEqualTo("\"v1\"");
    ApiResponseAssert.assertThat(again).ranStatements(1);
  }

  @Test
  void a_changed_tree_answers_whole_with_its_new_tag() {
    long course = course();
    String old = etag(SYLLABUS.get("/courses/" + course));
    SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"title\":\"New title\"}");

    HttpResponse<String> fresh =
        SYLLABUS.call("GET", "/courses/" + course, null, null, "If-None-Match", old);

    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(etag(fresh)).isEqualTo("\"v2\"");
    assertThat(json(fresh).get("title").asText()).isEqualTo("New title");
    ApiResponseAssert.assertThat(fresh).ranStatements(1 + 4);
  }

  @Test
  void a_write_on_an_old_version_is_refused_with_412_and_changes_nothing() {
    long course = course();
    String seen = etag(SYLLABUS.get("/courses/" + course));
    SYLLABUS.call(
        "PATCH", "/courses/" + course, AUTHOR, "{\"title\":\"Someone else\"}", "If-Match", seen);

    HttpResponse<String> late =
        SYLLABUS.call(
            "POST",
            "/courses/" + course + "/modules",
            AUTHOR,
            "{\"title\":\"Mine\"}",
            "If-Match",
            seen);
    HttpResponse<String> lateDelete =
        SYLLABUS.call("DELETE", "/courses/" + course, AUTHOR, null, "If-Match", seen);

    assertThat(late.statusCode()).isEqualTo(412);
    assertThat(etag(late)).isEqualTo("\"v2\"");
    assertThat(json(late).get("message").asText()).contains("is at version 2, not 1");
    assertThat(lateDelete.statusCode()).isEqualTo(412);
    HttpResponse<String> now = SYLLABUS.get("/courses/" + course, AUTHOR);
    assertThat(etag(now)).isEqualTo("\"v2\"");
    assertThat(json(now).get("modules")).hasSize(10);
    assertThat(
            SYLLABUS
                .call(
                    "POST",
                    "/courses/" + course + "/modules",
                    AUTHOR,
                    "{\"title\":\"Mine\"}",
                    "If-Match",
                    etag(now))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void if_match_with_a_list_of_tags_goes_ahead_when_one_is_current_and_strong() {
    long course =
        json(SYLLABUS.call(
                "POST",
                "/courses",
                AUTHOR,
                CourseJson.of(new CourseShape(1, 1, 1).draft("Listed", true))))
            .get("id")
            .asLong();
    SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"title\":\"Second\"}");
    String patch = "/courses/" + course;

    HttpResponse<String> listed =
        SYLLABUS.call(
            "PATCH", patch, AUTHOR, "{\"title\":\"Third\"}", "If-Match", "\"v1\", \"v2\"");
    HttpResponse<String> noneCurrent =
        SYLLABUS.call("PATCH", patch, AUTHOR, "{\"title\":\"X\"}", "If-Match", "\"v1\", \"v2\"");
    HttpResponse<String> weak =
        SYLLABUS.call("PATCH", patch, AUTHOR, "{\"title\":\"X\"}", "If-Match", "W/\"v3\"");
    HttpResponse<String> onTwoLines =
        SYLLABUS.call(
            "PATCH",
            patch,
            AUTHOR,
            "{\"title\":\"Fourth\"}",
            "If-Match",
            "\"v9\"",
            "If-Match",
            "\"v3\"");
    HttpResponse<String> star =
        SYLLABUS.call("PATCH", patch, AUTHOR, "{\"title\":\"Fifth\"}", "If-Match", "*");

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(etag(listed)).isEqualTo("\"v3\"");
    assertThat(noneCurrent.statusCode()).isEqualTo(412);
    assertThat(json(noneCurrent).get("message").asText()).contains("is at version 3, not 1 or 2");
    assertThat(weak.statusCode()).as("If-Match compares strongly").isEqualTo(412);
    assertThat(onTwoLines.statusCode()).as(onTwoLines.body()).isEqualTo(200);
    assertThat(star.statusCode()).isEqualTo(200);
    assertThat(json(SYLLABUS.get(patch)).get("title").asText()).isEqualTo("Fifth");
  }

  @Test
  void a_progress_view_has_no_tag_since_completions_change_without_the_tree() {
    long course = course();

    HttpResponse<String> progress = SYLLABUS.get("/courses/" + course + "?learner=7", LEARNER_7);

    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(progress.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void an_unpublished_tree_does_not_revalidate_for_anonymous_callers() {
    long course = course();
    SYLLABUS.call("PATCH", "/courses/" + course, AUTHOR, "{\"published\":false}");

    HttpResponse<String> hidden =
        SYLLABUS.call("GET", "/courses/" + course, null, null, "If-None-Match", "\"v2\"");

    assertThat(hidden.statusCode()).isEqualTo(404);
  }
}
