package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reads a learning front end makes of less than a whole course (issue 13), end to end: a depth,
 * a module's or a lesson's subtree, progress at every level, a learner's dashboard. Each at two
 * sizes, with exact statement counts that stay put as the course grows.
 */
class ScreenReadsApiTest {

  @org.junit.jupiter.api.extension.RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  /** Two published courses of different sizes; learner 7 completed 3 exercises in each. */
  enum Size {
    SMALL(2, 3, 4),
    LARGE(6, 10, 5);

    final int modules;
    final int lessons;
    final int exercises;
    long id;
    JsonNode tree;

    Size(int modules, int lessons, int exercises) {
      this.modules = modules;
      this.lessons = lessons;
      this.exercises = exercises;
    }

    JsonNode module(int m) {
      return tree.get("modules").get(m);
    }

    JsonNode lesson(int m, int l) {
      return module(m).get("lessons").get(l);
    }

    int total() {
      return modules * lessons * exercises;
    }
  }

  private static long draft;
  private static long draftModule;
  private static final List<Long> begunBy8 = new ArrayList<>();

  private static long create(CourseShape shape, boolean published) {
    return json(SYLLABUS.call(
            "POST", "/courses", AUTHOR, CourseJson.of(shape.draft("C", published))))
        .get("id")
        .asLong();
  }

  private static void complete(String token, long learner, JsonNode exercise) {
    assertThat(
            SYLLABUS.call(
                "PUT",
                "/learners/" + learner + "/completions/" + exercise.get("id").asLong(),
                token,
                null))
        .hasStatus(204);
  }

  @BeforeAll
  static void courses_and_completions() {
    for (Size size : Size.values()) {
      size.id = create(new CourseShape(size.modules, size.lessons, size.exercises), true);
      size.tree = json(SYLLABUS.get("/courses/" + size.id));
      // Two in the second module's first lesson, one in the first module's last lesson.
      complete(LEARNER_7, 7, size.lesson(1, 0).get("exercises").get(0));
      complete(LEARNER_7, 7, size.lesson(1, 0).get("exercises").get(1));
      complete(LEARNER_7, 7, size.lesson(0, size.lessons - 1).get("exercises").get(0));
    }
    draft = create(new CourseShape(1, 2, 2), false);
    JsonNode draftTree = json(SYLLABUS.get("/courses/" + draft, AUTHOR));
    draftModule = draftTree.get("modules").get(0).get("id").asLong();
    for (int i = 0; i < 5; i++) {
      long course = create(new CourseShape(1, 1, 3), true);
      begunBy8.add(course);
      JsonNode lesson = json(SYLLABUS.get("/courses/" + course)).get("modules").get(0);
      complete(LEARNER_8, 8, lesson.get("lessons").get(0).get("exercises").get(0));
    }
    complete(
        AUTHOR, 8, draftTree.get("modules").get(0).get("lessons").get(0).get("exercises").get(0));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_course_outline_to_its_lessons_costs_3_statements_and_sends_no_exercise(Size size) {
    HttpResponse<String> outline = SYLLABUS.get("/courses/" + size.id + "?depth=lessons");
    HttpResponse<String> modules = SYLLABUS.get("/courses/" + size.id + "?depth=modules");

    assertThat(outline).hasStatus(200).ranStatements(3);
    JsonNode course = json(outline);
    assertThat(course.get("modules")).hasSize(size.modules);
    assertThat(course.get("modules").get(1).get("lessons")).hasSize(size.lessons);
    assertThat(course.get("modules").get(1).get("lessons").get(0).has("exercises")).isFalse();
    assertThat(course.has("completedExercises")).isFalse();
    assertThat(etag(outline)).isEqualTo(etag(SYLLABUS.get("/courses/" + size.id)));
    assertThat(modules).hasStatus(200).ranStatements(2);
    assertThat(json(modules).get("modules").get(0).has("lessons")).isFalse();
    assertThat(SYLLABUS.get("/courses/" + size.id + "?depth=exercises").body())
        .isEqualTo(SYLLABUS.get("/courses/" + size.id).body());
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void with_a_learner_every_level_counts_completed_and_total_in_one_statement_more(Size size) {
    HttpResponse<String> response =
        SYLLABUS.get("/courses/" + size.id + "?depth=lessons&learner=7", LEARNER_7);

    assertThat(response).hasStatus(200).ranStatements(4);
    JsonNode course = json(response);
    int perModule = size.lessons * size.exercises;
    assertThat(course.get("completedExercises").asInt()).isEqualTo(3);
    assertThat(course.get("totalExercises").asInt()).isEqualTo(size.total());
    assertThat(course.get("modules").get(1).get("completedExercises").asInt()).isEqualTo(2);
    assertThat(course.get("modules").get(1).get("totalExercises").asInt()).isEqualTo(perModule);
    JsonNode lesson = course.get("modules").get(1).get("lessons").get(0);
    assertThat(lesson.get("completedExercises").asInt()).isEqualTo(2);
    assertThat(lesson.get("totalExercises").asInt()).isEqualTo(size.exercises);
    assertThat(
            json(SYLLABUS.get("/courses/" + size.id + "?depth=modules&learner=7", LEARNER_7))
                .get("modules")
                .get(0)
                .get("completedExercises")
                .asInt())
        .isEqualTo(1);
    assertThat(SYLLABUS.get("/courses/" + size.id + "?depth=modules&learner=7", LEARNER_7))
        .ranStatements(3);
    assertThat(SYLLABUS.get("/courses/" + size.id + "?learner=7", LEARNER_7)).ranStatements(5);
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_module_costs_1_statement_to_find_and_1_per_level_below(Size size) {
    long module = size.module(1).get("id").asLong();

    HttpResponse<String> whole = SYLLABUS.get("/modules/" + module);

    assertThat(whole).hasStatus(200).ranStatements(3);
    assertThat(json(whole)).isEqualTo(size.module(1));
    assertThat(etag(whole)).isEqualTo(etag(SYLLABUS.get("/courses/" + size.id)));
    assertThat(SYLLABUS.get("/modules/" + module + "?depth=lessons")).ranStatements(2);
    assertThat(json(SYLLABUS.get("/modules/" + module + "?depth=modules")).has("lessons"))
        .isFalse();
    HttpResponse<String> progress =
        SYLLABUS.get("/modules/" + module + "?learner=7&depth=lessons", LEARNER_7);
    assertThat(progress).hasStatus(200).ranStatements(3);
    assertThat(json(progress).get("completedExercises").asInt()).isEqualTo(2);
    assertThat(json(progress).get("totalExercises").asInt())
        .isEqualTo(size.lessons * size.exercises);
    assertThat(progress.headers().firstValue("ETag")).isEmpty();
    HttpResponse<String> notModified =
        SYLLABUS.call("GET", "/modules/" + module, null, null, "If-None-Match", etag(whole));
    assertThat(notModified).hasStatus(304).ranStatements(1);
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_lesson_costs_2_statements_and_1_without_its_exercises(Size size) {
    JsonNode lesson = size.lesson(1, 0);
    long id = lesson.get("id").asLong();

    HttpResponse<String> whole = SYLLABUS.get("/lessons/" + id);
    HttpResponse<String> progress =
        SYLLABUS.get("/lessons/" + id + "?learner=7&depth=lessons", AUTHOR);

    assertThat(whole).hasStatus(200).ranStatements(2);
    assertThat(json(whole)).isEqualTo(lesson);
    assertThat(SYLLABUS.get("/lessons/" + id + "?depth=lessons")).ranStatements(1);
    assertThat(progress).hasStatus(200).ranStatements(2);
    assertThat(json(progress).get("completedExercises").asInt()).isEqualTo(2);
    assertThat(json(progress).get("totalExercises").asInt()).isEqualTo(size.exercises);
    assertThat(json(progress).has("exercises")).isFalse();
    HttpResponse<String> withExercises = SYLLABUS.get("/lessons/" + id + "?learner=7", LEARNER_7);
    assertThat(withExercises).hasStatus(200).ranStatements(3);
    assertThat(json(withExercises).get("exercises").get(1).get("completed").asBoolean()).isTrue();
  }

  @Test
  void a_subtree_keeps_its_courses_rules_of_visibility_and_access() {
    // As for a course: a draft's module is read, then found to be hidden; an unknown one is not.
    assertThat(SYLLABUS.get("/modules/" + draftModule)).hasStatus(404).ranStatements(3);
    assertThat(json(SYLLABUS.get("/modules/" + draftModule, LEARNER_7)).get("message").asText())
        .isEqualTo("Module " + draftModule + " not found");
    assertThat(SYLLABUS.get("/modules/" + draftModule, AUTHOR)).hasStatus(200);
    assertThat(SYLLABUS.get("/modules/987654321")).hasStatus(404).ranStatements(1);
    long module = Size.SMALL.module(0).get("id").asLong();
    assertThat(SYLLABUS.get("/modules/" + module + "?learner=7", LEARNER_8))
        .hasStatus(403)
        .ranNoStatement();
    assertThat(SYLLABUS.get("/modules/" + module + "?learner=7")).hasStatus(401).ranNoStatement();
    long exercise = Size.SMALL.lesson(0, 0).get("exercises").get(0).get("id").asLong();
    assertThat(SYLLABUS.get("/exercises/" + exercise)).hasStatus(404).ranNoStatement();
  }

  @Test
  void a_bad_depth_is_a_named_400_that_runs_no_statement() {
    long lesson = Size.SMALL.lesson(0, 0).get("id").asLong();
    for (String bad :
        List.of(
            "/courses/" + Size.SMALL.id + "?depth=chapters",
            "/courses?depth=LESSONS",
            "/modules/" + Size.SMALL.module(0).get("id").asLong() + "?depth=",
            "/lessons/" + lesson + "?depth=all")) {
      HttpResponse<String> response = SYLLABUS.get(bad);

      assertThat(response).hasStatus(400).ranNoStatement();
      assertThat(json(response).get("message").asText())
          .startsWith("depth must be one of modules, lessons, exercises, was '");
    }
    HttpResponse<String> aboveALesson = SYLLABUS.get("/lessons/" + lesson + "?depth=modules");
    assertThat(aboveALesson).hasStatus(400).ranNoStatement();
    assertThat(json(aboveALesson).get("message").asText())
        .isEqualTo("depth of a lesson must be lessons or exercises, was modules");
  }

  @Test
  void a_page_to_a_depth_costs_a_statement_per_level_it_reads() {
    HttpResponse<String> page = SYLLABUS.get("/courses?depth=modules&limit=100");

    assertThat(page).hasStatus(200).ranStatements(2);
    assertThat(json(page).get("courses")).hasSize(2 + 5);
    assertThat(json(page).get("courses").get(0).get("modules").get(0).has("lessons")).isFalse();
    assertThat(SYLLABUS.get("/courses?depth=lessons&limit=100")).ranStatements(3);
  }

  @Test
  void a_learners_dashboard_lists_each_course_begun_in_1_statement_for_2_courses_or_6() {
    HttpResponse<String> mine = SYLLABUS.get("/learners/7/progress", LEARNER_7);
    HttpResponse<String> busier = SYLLABUS.get("/learners/8/progress", AUTHOR);

    assertThat(mine).hasStatus(200).ranStatements(1);
    JsonNode courses = json(mine).get("courses");
    assertThat(courses).hasSize(2);
    assertThat(courses.get(1).get("id").asLong()).isEqualTo(Size.LARGE.id);
    assertThat(courses.get(1).get("completedExercises").asInt()).isEqualTo(3);
    assertThat(courses.get(1).get("totalExercises").asInt()).isEqualTo(Size.LARGE.total());
    assertThat(json(mine).get("next").isNull()).isTrue();
    assertThat(busier).hasStatus(200).ranStatements(1);
    assertThat(json(busier).get("courses")).hasSize(6);
    // A learner's own dashboard leaves out drafts, as the catalog does.
    assertThat(json(SYLLABUS.get("/learners/8/progress", LEARNER_8)).get("courses")).hasSize(5);
  }

  @Test
  void a_dashboard_pages_with_the_cursor_of_the_catalog() {
    HttpResponse<String> first = SYLLABUS.get("/learners/8/progress?limit=3", LEARNER_8);
    String next = json(first).get("next").asText();
    HttpResponse<String> second =
        SYLLABUS.get("/learners/8/progress?limit=3&after=" + next, LEARNER_8);

    assertThat(first).hasStatus(200).ranStatements(1);
    assertThat(json(first).get("courses").get(0).get("id").asLong()).isEqualTo(begunBy8.get(0));
    assertThat(json(second).get("courses")).hasSize(2);
    assertThat(json(second).get("courses").get(1).get("id").asLong()).isEqualTo(begunBy8.get(4));
    assertThat(json(second).get("next").isNull()).isTrue();
  }

  @Test
  void a_dashboard_is_the_learners_and_the_authors_only() {
    assertThat(SYLLABUS.get("/learners/7/progress", LEARNER_8)).hasStatus(403).ranNoStatement();
    assertThat(SYLLABUS.get("/learners/7/progress")).hasStatus(401).ranNoStatement();
    assertThat(SYLLABUS.get("/learners/x/progress", AUTHOR)).hasStatus(400).ranNoStatement();
    assertThat(SYLLABUS.get("/learners/7/progress?limit=0", AUTHOR))
        .hasStatus(400)
        .ranNoStatement();
    HttpResponse<String> nobody = SYLLABUS.get("/learners/99/progress", AUTHOR);
    assertThat(nobody).hasStatus(200).ranStatements(1);
    assertThat(json(nobody).get("courses")).isEmpty();
  }
}
