package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import dev.syllabus.domain.progress.TreeProgress;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mapstruct.factory.Mappers;

/**
 * Every shape a view takes, written by the service's object mapper, against the bytes the service
 * wrote for it when a hand-written serializer, {@code TreeViewJson}, walked the views: the files
 * beside this class are its output at commit e48a8c2. The same fields in the same order, progress
 * only if asked (with, since, the counts of every level added), a page's {@code next} even when
 * null.
 */
class ViewJsonBytesTest {

  private static final ObjectMapper JSON = Jackson.newObjectMapper();
  private static final CourseViewMapper VIEWS = Mappers.getMapper(CourseViewMapper.class);

  private static final LearnerProgress PROGRESS =
      new LearnerProgress(new LearnerId(7), Set.of(new ExerciseId(4000), new ExerciseId(4003)));

  /** Every exercise type, a lesson without exercises, a module without lessons, JSON escapes. */
  private static final Course COURSE =
      new Course(
          new CourseId(1),
          "Ports \"&\" adapters \\ é 😀 </script>",
          true,
          3,
          List.of(
              new CourseModule(
                  new ModuleId(20),
                  "Driving",
                  1,
                  List.of(
                      new Lesson(
                          new LessonId(300),
                          "Resources",
                          1,
                          List.of(
                              exercise(4000, ExerciseType.VIDEO, "Watch", 1),
                              exercise(4001, ExerciseType.MULTIPLE_CHOICE, "Pick", 2),
                              exercise(4002, ExerciseType.FILL_IN_BLANK, "Fill", 3),
                              exercise(4003, ExerciseType.TEXT, "Write", 4))),
                      new Lesson(new LessonId(301), "Nothing yet", 2, List.of()),
                      new Lesson(
                          new LessonId(302),
                          "Mappers",
                          3,
                          List.of(exercise(4004, ExerciseType.VIDEO, "Map", 1))))),
              new CourseModule(new ModuleId(21), "Driven", 2, List.of())));

  private static final TreeProgress TREE_PROGRESS = TreeProgress.of(COURSE, PROGRESS);

  private static final Course BARE =
      new Course(new CourseId(2), "Draft", false, 1, List.<CourseModule>of());

  private static Exercise exercise(long id, ExerciseType type, String title, int position) {
    return new Exercise(new ExerciseId(id), type, title, position);
  }

  static Stream<Arguments> views() {
    Lesson lesson = COURSE.modules().get(0).lessons().get(0);
    return Stream.of(
        Arguments.of("course", VIEWS.toView(new CourseTree(COURSE, Optional.empty()))),
        Arguments.of(
            "course-with-progress", VIEWS.toView(new CourseTree(COURSE, Optional.of(PROGRESS)))),
        Arguments.of(
            "course-without-modules", VIEWS.toView(new CourseTree(BARE, Optional.empty()))),
        Arguments.of(
            "page",
            VIEWS.toView(new CourseTreePage(List.of(BARE, COURSE), Optional.of(new CourseId(2))))),
        Arguments.of(
            "last-page", VIEWS.toView(new CourseTreePage(List.of(COURSE), Optional.empty()))),
        Arguments.of("empty-page", VIEWS.toView(new CourseTreePage(List.of(), Optional.empty()))),
        Arguments.of("lesson", VIEWS.toView(lesson, null, TreeDepth.EXERCISES)),
        Arguments.of(
            "lesson-with-progress", VIEWS.toView(lesson, TREE_PROGRESS, TreeDepth.EXERCISES)),
        Arguments.of(
            "exercise", VIEWS.toView(lesson, null, TreeDepth.EXERCISES).exercises().get(0)),
        Arguments.of(
            "exercise-with-progress",
            VIEWS.toView(lesson, TREE_PROGRESS, TreeDepth.EXERCISES).exercises().get(0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void each_view_is_written_byte_for_byte_as_before(String name, Object view) throws IOException {
    byte[] written = JSON.writeValueAsBytes(view);
    if (name.endsWith("-with-progress")) {
      // Progress at every level (issue 13) adds fields, and only these: taken out, what is left is
      // byte for byte what was written before.
      assertThat(withoutLevelProgress(new String(written, StandardCharsets.UTF_8)))
          .isEqualTo(new String(before(name), StandardCharsets.UTF_8));
    } else {
      assertThat(written).isEqualTo(before(name));
    }
  }

  @Test
  void with_progress_every_level_carries_completed_and_total_exercises() throws IOException {
    String course =
        JSON.writeValueAsString(VIEWS.toView(new CourseTree(COURSE, Optional.of(PROGRESS))));

    assertThat(course)
        .startsWith(
            "{\"id\":1,\"title\":\"Ports \\\"&\\\" adapters \\\\ é 😀 </script>\","
                + "\"published\":true,\"completedExercises\":2,\"totalExercises\":5,\"modules\":"
                + "[{\"id\":20,\"title\":\"Driving\",\"position\":1,\"completedExercises\":2,"
                + "\"totalExercises\":5,\"lessons\":[{\"id\":300,\"title\":\"Resources\","
                + "\"position\":1,\"completedExercises\":2,\"totalExercises\":4,\"exercises\":")
        .contains(
            "{\"id\":21,\"title\":\"Driven\",\"position\":2,\"completedExercises\":0,"
                + "\"totalExercises\":0,\"lessons\":[]}");
  }

  /** The JSON without the counts added at every level: totals, and course and module counts. */
  private static String withoutLevelProgress(String json) {
    return json.replaceAll(",\"totalExercises\":\\d+", "")
        .replaceAll(",\"completedExercises\":\\d+(?=,\"(modules|lessons)\")", "");
  }

  @Test
  void the_service_writes_with_blackbird_which_docs_benchmarks_md_measured_against_the_rest() {
    assertThat(JSON.getRegisteredModuleIds())
        .contains("com.fasterxml.jackson.module.blackbird.BlackbirdModule");
  }

  private static byte[] before(String name) throws IOException {
    try (InputStream file = ViewJsonBytesTest.class.getResourceAsStream("json/" + name + ".json")) {
      assertThat(file).as("json/%s.json", name).isNotNull();
      return file.readAllBytes();
    }
  }
}
