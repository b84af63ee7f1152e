package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseTest {

  private static Exercise exercise(long id, int position) {
    return new Exercise(new ExerciseId(id), ExerciseType.VIDEO, "Exercise " + id, position);
  }

  @Test
  void children_are_kept_in_position_order_whatever_order_they_come_in() {
    Lesson lesson =
        new Lesson(
            new LessonId(1), "L", 1, List.of(exercise(3, 3), exercise(1, 1), exercise(2, 2)));

    assertThat(lesson.exercises()).extracting(Exercise::position).containsExactly(1, 2, 3);
  }

  @Test
  void two_children_may_not_share_a_position() {
    assertThatThrownBy(
            () -> new Lesson(new LessonId(1), "L", 1, List.of(exercise(1, 2), exercise(2, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique within a lesson");
  }

  @Test
  void positions_start_at_one() {
    assertThatThrownBy(() -> exercise(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_aggregate_cannot_be_changed_through_the_list_it_was_built_from() {
    List<Exercise> exercises = new ArrayList<>(List.of(exercise(1, 1)));
    Lesson lesson = new Lesson(new LessonId(1), "L", 1, exercises);

    exercises.add(exercise(2, 2));

    assertThat(lesson.exercises()).hasSize(1);
    assertThatThrownBy(() -> lesson.exercises().add(exercise(3, 3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void exercise_ids_are_listed_in_the_order_a_learner_meets_them() {
    CourseModule first =
        new CourseModule(
            new ModuleId(1),
            "M1",
            1,
            List.of(
                new Lesson(new LessonId(1), "L1", 1, List.of(exercise(10, 1), exercise(11, 2))),
                new Lesson(new LessonId(2), "L2", 2, List.of(exercise(12, 1)))));
    CourseModule second =
        new CourseModule(
            new ModuleId(2),
            "M2",
            2,
            List.of(new Lesson(new LessonId(3), "L3", 1, List.of(exercise(13, 1)))));

    Course course = new Course(new CourseId(1), "C", true, 1, List.of(second, first));

    assertThat(course.exerciseIds())
        .extracting(ExerciseId::value)
        .containsExactly(10L, 11L, 12L, 13L);
  }

  @Test
  void ids_are_positive() {
    assertThatThrownBy(() -> new CourseId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExerciseId(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
