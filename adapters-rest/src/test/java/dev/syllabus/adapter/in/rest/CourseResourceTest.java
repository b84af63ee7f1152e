package dev.syllabus.adapter.in.rest;

import static dev.syllabus.adapter.in.rest.RestFixture.fieldNames;
import static dev.syllabus.adapter.in.rest.RestFixture.integer;
import static dev.syllabus.adapter.in.rest.RestFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CourseResourceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final ResourceExtension resources = RestFixture.courseResourceOver(store);

  @Test
  void a_course_is_served_as_a_nested_tree_with_its_fields_in_order() {
    Course course = create(new CourseShape(2, 2, 2), "Hexagons", true);

    Response response = resources.target("/courses/" + course.id().value()).request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    JsonNode tree = json(response);
    assertThat(fieldNames(tree)).containsExactly("id", "title", "published", "modules");
    assertThat(integer(tree.get("id"))).isEqualTo(course.id().value());
    assertThat(tree.get("title").asText()).isEqualTo("Hexagons");
    assertThat(tree.get("published")).isEqualTo(BooleanNode.TRUE);
    assertThat(tree.get("modules")).hasSize(2);
    for (int m = 0; m < 2; m++) {
      CourseModule module = course.modules().get(m);
      JsonNode moduleJson = tree.get("modules").get(m);
      assertThat(fieldNames(moduleJson)).containsExactly("id", "title", "position", "lessons");
      assertThat(integer(moduleJson.get("id"))).isEqualTo(module.id().value());
      assertThat(moduleJson.get("title").asText()).isEqualTo("Module " + (m + 1));
      assertThat(integer(moduleJson.get("position"))).isEqualTo(m + 1);
      assertThat(moduleJson.get("lessons")).hasSize(2);
      for (int l = 0; l < 2; l++) {
        Lesson lesson = module.lessons().get(l);
        JsonNode lessonJson = moduleJson.get("lessons").get(l);
        assertThat(fieldNames(lessonJson)).containsExactly("id", "title", "position", "exercises");
        assertThat(integer(lessonJson.get("id"))).isEqualTo(lesson.id().value());
        assertThat(lessonJson.get("title").asText()).isEqualTo("Lesson " + (m + 1) + "." + (l + 1));
        assertThat(integer(lessonJson.get("position"))).isEqualTo(l + 1);
      }
    }
    List<JsonNode> exercises = exercisesOf(tree);
    assertThat(exercises)
        .allSatisfy(
            exercise ->
                assertThat(fieldNames(exercise))
                    .containsExactly("id", "type", "title", "position"));
    assertThat(exercises)
        .extracting(exercise -> integer(exercise.get("id")))
        .containsExactlyElementsOf(course.exerciseIds().stream().map(ExerciseId::value).toList());
    assertThat(exercises)
        .extracting(exercise -> exercise.get("type").asText())
        .containsExactly(
            "video",
            "multiple-choice",
            "fill-in-blank",
            "text",
            "video",
            "multiple-choice",
            "fill-in-blank",
            "text");
    assertThat(exercises)
        .extracting(exercise -> exercise.get("title").asText() + " @" + exercise.get("position"))
        .containsExactly(
            "Exercise 1.1.1 @1",
            "Exercise 1.1.2 @2",
            "Exercise 1.2.1 @1",
            "Exercise 1.2.2 @2",
            "Exercise 2.1.1 @1",
            "Exercise 2.1.2 @2",
            "Exercise 2.2.1 @1",
            "Exercise 2.2.2 @2");
  }

  @Test
  void a_learner_sees_which_exercises_they_completed_and_how_many_per_lesson() {
    Course course = create(new CourseShape(1, 2, 3), "C", true);
    List<ExerciseId> ids = course.exerciseIds();
    store.recordCompletions(new LearnerId(7), List.of(ids.get(0), ids.get(2), ids.get(4)));

    JsonNode tree = get(course.id(), 7);

    JsonNode lessons = tree.get("modules").get(0).get("lessons");
    assertThat(fieldNames(lessons.get(0)))
        .containsExactly(
            "id", "title", "position", "completedExercises", "totalExercises", "exercises");
    assertThat(lessons.get(0).get("completedExercises")).isEqualTo(IntNode.valueOf(2));
    assertThat(lessons.get(1).get("completedExercises")).isEqualTo(IntNode.valueOf(1));
    assertThat(lessons.get(1).get("totalExercises")).isEqualTo(IntNode.valueOf(3));
    assertThat(tree.get("modules").get(0).get("completedExercises")).isEqualTo(IntNode.valueOf(3));
    assertThat(tree.get("totalExercises")).isEqualTo(IntNode.valueOf(6));
    List<JsonNode> exercises = exercisesOf(tree);
    assertThat(fieldNames(exercises.get(0)))
        .containsExactly("id", "type", "title", "position", "completed");
    assertThat(exercises)
        .extracting(exercise -> exercise.get("completed"))
        .containsExactly(
            BooleanNode.TRUE,
            BooleanNode.FALSE,
            BooleanNode.TRUE,
            BooleanNode.FALSE,
            BooleanNode.TRUE,
            BooleanNode.FALSE);
  }

  @Test
  void a_learner_who_completed_nothing_sees_zeros_and_falses_rather_than_nothing() {
    Course course = create(new CourseShape(1, 1, 2), "C", true);
    store.recordCompletions(new LearnerId(7), course.exerciseIds());

    JsonNode tree = get(course.id(), 8);

    JsonNode lesson = tree.get("modules").get(0).get("lessons").get(0);
    assertThat(lesson.get("completedExercises")).isEqualTo(IntNode.valueOf(0));
    assertThat(exercisesOf(tree))
        .extracting(exercise -> exercise.get("completed"))
        .containsExactly(BooleanNode.FALSE, BooleanNode.FALSE);
  }

  @Test
  void an_unknown_course_answers_404_with_a_json_error() {
    Response response = resources.target("/courses/999").request().get();

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(json(response))
        .isEqualTo(json("{\"code\":404,\"message\":\"Course 999 not found\"}"));
  }

  private Course create(CourseShape shape, String title, boolean published) {
    CourseId id = store.createCourseTrees(List.of(shape.draft(title, published))).get(0);
    return store.loadCourseTrees(List.of(id)).get(0);
  }

  private JsonNode get(CourseId course, long learner) {
    Response response =
        resources
            .target("/courses/" + course.value())
            .queryParam("learner", learner)
            .request()
            .header("Authorization", "Bearer " + RestFixture.AUTHOR_TOKEN)
            .get();
    assertThat(response.getStatus()).isEqualTo(200);
    return json(response);
  }

  private static List<JsonNode> exercisesOf(JsonNode course) {
    List<JsonNode> exercises = new ArrayList<>();
    for (JsonNode module : course.get("modules")) {
      for (JsonNode lesson : module.get("lessons")) {
        lesson.get("exercises").forEach(exercises::add);
      }
    }
    return exercises;
  }
}
