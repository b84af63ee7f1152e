package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.Subtrees;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import dev.syllabus.domain.progress.LessonProgress;
import dev.syllabus.domain.progress.ProgressCount;
import dev.syllabus.domain.progress.TreeProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class CourseViewMapperTest {

  private final CourseViewMapper mapper = Mappers.getMapper(CourseViewMapper.class);

  private final Course course =
      new Course(
          new CourseId(1),
          "Ports",
          false,
          1,
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
                              new Exercise(
                                  new ExerciseId(4000), ExerciseType.MULTIPLE_CHOICE, "Pick", 1),
                              new Exercise(
                                  new ExerciseId(4001), ExerciseType.FILL_IN_BLANK, "Fill", 2),
                              new Exercise(
                                  new ExerciseId(4002), ExerciseType.TEXT, "Write", 3)))))));

  @Test
  void without_progress_ids_are_unwrapped_types_become_codes_and_completion_stays_null() {
    CourseView view = mapper.toView(new CourseTree(course, Optional.empty()));

    assertThat(view)
        .isEqualTo(
            courseView(
                null,
                new ExerciseView(4000, "multiple-choice", "Pick", 1, null),
                new ExerciseView(4001, "fill-in-blank", "Fill", 2, null),
                new ExerciseView(4002, "text", "Write", 3, null)));
  }

  @Test
  void with_progress_each_exercise_says_whether_it_is_completed_and_the_lesson_counts_them() {
    LearnerProgress progress =
        new LearnerProgress(new LearnerId(7), Set.of(new ExerciseId(4000), new ExerciseId(4002)));

    CourseView view = mapper.toView(new CourseTree(course, Optional.of(progress)));

    assertThat(view)
        .isEqualTo(
            courseView(
                2,
                new ExerciseView(4000, "multiple-choice", "Pick", 1, true),
                new ExerciseView(4001, "fill-in-blank", "Fill", 2, false),
                new ExerciseView(4002, "text", "Write", 3, true)));
  }

  @Test
  void a_page_maps_its_courses_without_progress_and_its_next_course_id_to_a_cursor() {
    CourseTreePageView page =
        mapper.toView(new CourseTreePage(List.of(course), Optional.of(new CourseId(1))));

    assertThat(page.courses()).extracting(CourseView::id).containsExactly(1L);
    assertThat(page.courses().get(0).modules().get(0).lessons().get(0).completedExercises())
        .isNull();
    assertThat(page.next()).isEqualTo(PageCursor.encode(new CourseId(1)));
  }

  @Test
  void the_last_page_maps_to_a_null_next() {
    assertThat(mapper.toView(new CourseTreePage(List.of(course), Optional.empty())).next())
        .isNull();
  }

  @Test
  void every_exercise_of_a_lesson_maps_field_for_field_whatever_its_type_and_title() {
    List<Exercise> exercises = new ArrayList<>();
    List<ExerciseView> expected = new ArrayList<>();
    for (ExerciseType type : ExerciseType.values()) {
      int position = exercises.size() + 1;
      String title = "Übung " + type + " 😀";
      exercises.add(new Exercise(new ExerciseId(100 + position), type, title, position));
      expected.add(new ExerciseView(100 + position, type.code(), title, position, null));
    }

    for (ExerciseList packed : List.of(ExerciseList.of(exercises), compact(exercises))) {
      List<ExerciseView> views =
          mapper
              .toView(new Lesson(new LessonId(300), "L", 1, packed), null, TreeDepth.EXERCISES)
              .exercises();

      assertThat(views).containsExactlyElementsOf(expected);
      assertThat(views.get(1)).isEqualTo(expected.get(1)); // read again, the same view
      assertThatThrownBy(() -> views.get(expected.size()))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  private static ExerciseList compact(List<Exercise> exercises) {
    ExerciseList.Builder builder = ExerciseList.compactBuilder();
    exercises.forEach(builder::add);
    return builder.build();
  }

  @Test
  void above_the_exercises_the_lists_below_the_depth_are_left_out_and_counts_still_given() {
    TreeProgress progress =
        TreeProgress.of(
            new LearnerId(7),
            List.of(
                new LessonProgress(new ModuleId(20), new LessonId(300), new ProgressCount(2, 3))));
    Course outline = Subtrees.toDepth(course, TreeDepth.LESSONS);

    CourseView lessons =
        mapper.toView(new CourseTree(outline, TreeDepth.LESSONS, Optional.of(progress)));
    CourseView modules =
        mapper.toView(
            new CourseTree(
                Subtrees.toDepth(course, TreeDepth.MODULES), TreeDepth.MODULES, Optional.empty()));

    assertThat(lessons.modules().get(0).lessons())
        .containsExactly(new LessonView(300, "Resources", 1, 2, 3, null));
    assertThat(lessons.completedExercises()).isEqualTo(2);
    assertThat(lessons.totalExercises()).isEqualTo(3);
    assertThat(modules.modules())
        .containsExactly(new ModuleView(20, "Driving", 1, null, null, null));
  }

  /** With a completed count, every level counts it out of the lesson's three exercises. */
  private static CourseView courseView(Integer completedExercises, ExerciseView... exercises) {
    Integer total = completedExercises == null ? null : 3;
    return new CourseView(
        1,
        "Ports",
        false,
        completedExercises,
        total,
        List.of(
            new ModuleView(
                20,
                "Driving",
                1,
                completedExercises,
                total,
                List.of(
                    new LessonView(
                        300, "Resources", 1, completedExercises, total, List.of(exercises))))));
  }
}
