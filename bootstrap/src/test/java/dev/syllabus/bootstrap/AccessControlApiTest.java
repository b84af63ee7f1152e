package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.LEARNER_7;
import static dev.syllabus.bootstrap.RunningSyllabus.LEARNER_8;
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

/** Who may read and change what, through the whole service on PostgreSQL. */
class AccessControlApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static long published;
  private static long unpublished;
  private static long exercise;
  private static long hiddenExercise;

  @BeforeAll
  static void a_published_and_an_unpublished_course() {
    published = create(true);
    unpublished = create(false);
    exercise = firstExercise(published);
    hiddenExercise = firstExercise(unpublished);
  }

  private static long create(boolean isPublished) {
    return json(SYLLABUS.call(
            "POST",
            "/courses",
            AUTHOR,
            CourseJson.of(new CourseShape(1, 1, 2).draft("C", isPublished))))
        .get("id")
        .asLong();
  }

  private static long firstExercise(long course) {
    return json(SYLLABUS.get("/courses/" + course, AUTHOR))
        .get("modules")
        .get(0)
        .get("lessons")
        .get(0)
        .get("exercises")
        .get(0)
        .get("id")
        .asLong();
  }

  @Test
  void the_catalog_of_published_courses_needs_no_token() {
    assertThat(SYLLABUS.get("/courses/" + published).statusCode()).isEqualTo(200);
    List<Long> listed = new ArrayList<>();
    json(SYLLABUS.get("/courses")).get("courses").forEach(c -> listed.add(c.get("id").asLong()));
    assertThat(listed).containsExactly(published);
  }

  @Test
  void an_unknown_token_on_the_public_catalog_reads_as_no_token() {
    HttpResponse<String> tree = SYLLABUS.get("/courses/" + published, "not-a-token");
    HttpResponse<String> draft = SYLLABUS.get("/courses/" + unpublished, "not-a-token");

    assertThat(tree.statusCode()).isEqualTo(200);
    assertThat(tree.body()).isEqualTo(SYLLABUS.get("/courses/" + published).body());
    assertThat(draft.statusCode()).isEqualTo(404);
    assertThat(json(SYLLABUS.get("/courses?published=false", "not-a-token")).get("courses"))
        .isEmpty();
  }

  @Test
  void unpublished_courses_are_not_found_for_anyone_but_authors() {
    HttpResponse<String> anonymous = SYLLABUS.get("/courses/" + unpublished);
    HttpResponse<String> learner = SYLLABUS.get("/courses/" + unpublished, LEARNER_7);

    assertThat(anonymous.statusCode()).isEqualTo(404);
    assertThat(learner.statusCode()).isEqualTo(404);
    assertThat(learner.body()).isEqualTo(anonymous.body());
    assertThat(SYLLABUS.get("/courses/" + unpublished, AUTHOR).statusCode()).isEqualTo(200);
    assertThat(json(SYLLABUS.get("/courses?published=false", LEARNER_7)).get("courses")).isEmpty();
    assertThat(json(SYLLABUS.get("/courses?published=false", AUTHOR)).get("courses")).hasSize(1);
  }

  @Test
  void changes_without_a_valid_token_are_401_and_with_a_learners_token_403() {
    List<String[]> writes =
        List.of(
            new String[] {"POST", "/courses"},
            new String[] {"PATCH", "/courses/" + published},
            new String[] {"DELETE", "/courses/" + published},
            new String[] {"POST", "/courses/" + published + "/modules"},
            new String[] {"PATCH", "/exercises/" + exercise},
            new String[] {"DELETE", "/exercises/" + exercise});
    for (String[] write : writes) {
      HttpResponse<String> none = SYLLABUS.call(write[0], write[1], null, "{\"title\":\"T\"}");
      HttpResponse<String> bad =
          SYLLABUS.call(write[0], write[1], "not-a-token", "{\"title\":\"T\"}");
      HttpResponse<String> learner =
          SYLLABUS.call(write[0], write[1], LEARNER_7, "{\"title\":\"T\"}");

      String what = write[0] + " " + write[1];
      assertThat(none.statusCode()).as(what).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate"))
          .as(what)
          .hasValue("Bearer realm=\"syllabus\"");
      assertThat(json(none).get("code").asInt()).as(what).isEqualTo(401);
      assertThat(bad.statusCode()).as(what).isEqualTo(401);
      assertThat(learner.statusCode()).as(what).isEqualTo(403);
      assertThat(json(learner).get("message").asText()).as(what).isNotBlank();
      ApiResponseAssert.assertThat(learner).as(what).ranNoStatement();
    }
    assertThat(SYLLABUS.get("/courses/" + published).statusCode()).isEqualTo(200);
  }

  @Test
  void a_learner_records_undoes_and_reads_only_their_own_progress() {
    String mine = "/learners/7/completions/" + exercise;

    HttpResponse<String> completed = SYLLABUS.call("PUT", mine, LEARNER_7, null);
    HttpResponse<String> again = SYLLABUS.call("PUT", mine, LEARNER_7, null);
    JsonNode progress = json(SYLLABUS.get("/courses/" + published + "?learner=7", LEARNER_7));

    assertThat(completed.statusCode()).isEqualTo(204);
    ApiResponseAssert.assertThat(completed).ranStatements(2);
    assertThat(again.statusCode()).isEqualTo(204);
    JsonNode lesson = progress.get("modules").get(0).get("lessons").get(0);
    assertThat(lesson.get("completedExercises").asInt()).isEqualTo(1);
    assertThat(lesson.get("exercises").get(0).get("completed").asBoolean()).isTrue();

    assertThat(SYLLABUS.call("DELETE", mine, LEARNER_7, null).statusCode()).isEqualTo(204);
    assertThat(SYLLABUS.call("DELETE", mine, LEARNER_7, null).statusCode()).isEqualTo(204);
    assertThat(
            json(SYLLABUS.get("/courses/" + published + "?learner=7", LEARNER_7))
                .get("modules")
                .get(0)
                .get("lessons")
                .get(0)
                .get("completedExercises")
                .asInt())
        .isZero();
  }

  @Test
  void another_learners_progress_is_forbidden_and_anonymous_progress_needs_a_token() {
    assertThat(
            SYLLABUS
                .call("PUT", "/learners/7/completions/" + exercise, LEARNER_8, null)
                .statusCode())
        .isEqualTo(403);
    assertThat(SYLLABUS.get("/courses/" + published + "?learner=7", LEARNER_8).statusCode())
        .isEqualTo(403);
    assertThat(SYLLABUS.get("/courses/" + published + "?learner=7").statusCode()).isEqualTo(401);
    assertThat(SYLLABUS.call("PUT", "/learners/7/completions/" + exercise, null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void an_author_may_track_and_read_any_learners_progress() {
    assertThat(
            SYLLABUS.call("PUT", "/learners/9/completions/" + exercise, AUTHOR, null).statusCode())
        .isEqualTo(204);

    JsonNode progress = json(SYLLABUS.get("/courses/" + published + "?learner=9", AUTHOR));

    assertThat(
            progress
                .get("modules")
                .get(0)
                .get("lessons")
                .get(0)
                .get("exercises")
                .get(0)
                .get("completed")
                .asBoolean())
        .isTrue();
  }

  @Test
  void exercises_of_unpublished_courses_do_not_exist_for_learners() {
    HttpResponse<String> hidden =
        SYLLABUS.call("PUT", "/learners/7/completions/" + hiddenExercise, LEARNER_7, null);
    HttpResponse<String> unknown =
        SYLLABUS.call("PUT", "/learners/7/completions/987654321", LEARNER_7, null);

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(json(hidden).get("message").asText())
        .isEqualTo("Exercise " + hiddenExercise + " not found");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }
}
