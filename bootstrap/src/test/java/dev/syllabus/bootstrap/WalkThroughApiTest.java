package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's authoring walk-through, step by step, on the service as the README starts it (the
 * shipped configuration, the demo course, the demo tokens): the ids, versions and answers it shows
 * are the ones a reader gets, on PostgreSQL and on the in-memory adapter alike.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkThroughApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.shipped("logging.level=WARN");

  private static final String AUTHOR = "demo-author-token";
  private static final String LEARNER = "demo-learner-7-token";

  @Test
  @Order(1)
  void an_imported_tree_is_course_2_at_version_1_and_a_learner_does_not_see_it_yet() {
    HttpResponse<String> created =
        SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            """
            {"title": "Cooking with Data",
             "modules": [{"title": "Ingredients", "lessons": [{"title": "Tables and rows",
               "exercises": [
                 {"type": "video", "title": "Watch: a table is a recipe card"},
                 {"type": "multiple-choice", "title": "Quiz: what is a primary key?"}]}]}]}""",
            "Idempotency-Key",
            "\"3f1c9e62-import-cooking\"");

    ApiResponseAssert.assertThat(created).hasStatus(201).ranStatements(7);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/courses/2"));
    assertThat(created.headers().firstValue("ETag")).hasValue("\"v1\"");
    JsonNode lesson = RunningSyllabus.json(created).at("/modules/0/lessons/0");
    assertThat(RunningSyllabus.json(created).at("/modules/0/id").asLong()).isEqualTo(4);
    assertThat(lesson.get("id").asLong()).isEqualTo(7);
    assertThat(lesson.at("/exercises/0/id").asLong()).isEqualTo(17);
    assertThat(lesson.at("/exercises/1/id").asLong()).isEqualTo(18);

    ApiResponseAssert.assertThat(SYLLABUS.get("/courses/2", LEARNER)).hasStatus(404);
  }

  @Test
  @Order(2)
  void publishing_on_version_1_then_adding_at_position_2_makes_version_3() {
    HttpResponse<String> published =
        SYLLABUS.call("PATCH", "/courses/2", AUTHOR, "{\"published\": true}", "If-Match", "\"v1\"");
    ApiResponseAssert.assertThat(published).hasStatus(200).ranStatements(1);
    assertThat(published.body()).isEqualTo("{\"course\":2,\"version\":2}");

    HttpResponse<String> added =
        SYLLABUS.call(
            "POST",
            "/lessons/7/exercises",
            AUTHOR,
            "{\"type\": \"fill-in-blank\", \"title\": \"Fill in: SELECT ___ FROM recipes\","
                + " \"position\": 2}");
    assertThat(added.body())
        .isEqualTo("{\"course\":2,\"version\":3,\"kind\":\"exercise\",\"id\":19}");
  }

  @Test
  @Order(3)
  void a_learner_completes_exercise_17_and_sees_it_first_of_three() {
    ApiResponseAssert.assertThat(SYLLABUS.call("PUT", "/learners/7/completions/17", LEARNER, null))
        .hasStatus(204);

    JsonNode lesson =
        RunningSyllabus.json(SYLLABUS.get("/courses/2?learner=7", LEARNER))
            .at("/modules/0/lessons/0");
    assertThat(lesson.get("completedExercises").asInt()).isEqualTo(1);
    assertThat(lesson.get("exercises").findValuesAsText("completed"))
        .containsExactly("true", "false", "false");
  }

  @Test
  @Order(4)
  void a_copy_at_version_3_revalidates_and_a_write_on_version_1_is_refused() {
    HttpResponse<String> revalidated =
        SYLLABUS.call("GET", "/courses/2", null, null, "If-None-Match", "\"v3\"");
    ApiResponseAssert.assertThat(revalidated).hasStatus(304).ranStatements(1);

    HttpResponse<String> stale =
        SYLLABUS.call(
            "PATCH", "/courses/2", AUTHOR, "{\"title\": \"Stale\"}", "If-Match", "\"v1\"");
    ApiResponseAssert.assertThat(stale).hasStatus(412);
    assertThat(stale.body())
        .isEqualTo(
            "{\"code\":412,\"message\":\"Course 2 is at version 3, not 1: it changed meanwhile\"}");
  }
}
