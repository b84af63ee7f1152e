package dev.syllabus.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TreeProgressTest {

  private static final LearnerId LEARNER = new LearnerId(7);

  private static Exercise exercise(long id, int position) {
    return new Exercise(new ExerciseId(id), ExerciseType.TEXT, "e" + id, position);
  }

  /** Module 1: lesson 10 (exercises 100, 101), lesson 11 (none); module 2: lesson 20 (200). */
  private static final Course COURSE =
      new Course(
          new CourseId(1),
          "C",
          true,
          1,
          List.of(
              new CourseModule(
                  new ModuleId(1),
                  "M1",
                  1,
                  List.of(
                      new Lesson(
                          new LessonId(10), "L10", 1, List.of(exercise(100, 1), exercise(101, 2))),
                      new Lesson(new LessonId(11), "L11", 2, List.of()))),
              new CourseModule(
                  new ModuleId(2),
                  "M2",
                  2,
                  List.of(new Lesson(new LessonId(20), "L20", 1, List.of(exercise(200, 1)))))));

  @Test
  void counted_from_the_exercises_read_every_level_rolls_up_from_its_lessons() {
    TreeProgress progress =
        TreeProgress.of(
            COURSE, new LearnerProgress(LEARNER, Set.of(new ExerciseId(101), new ExerciseId(200))));

    assertThat(progress.of(new LessonId(10))).isEqualTo(new ProgressCount(1, 2));
    assertThat(progress.of(new LessonId(11))).isEqualTo(new ProgressCount(0, 0));
    assertThat(progress.of(new ModuleId(1))).isEqualTo(new ProgressCount(1, 2));
    assertThat(progress.of(new ModuleId(2))).isEqualTo(new ProgressCount(1, 1));
    assertThat(progress.total()).isEqualTo(new ProgressCount(2, 3));
    assertThat(progress.exercises().isCompleted(new ExerciseId(101))).isTrue();
  }

  @Test
  void counted_per_lesson_by_the_store_modules_and_the_whole_add_their_lessons_up() {
    TreeProgress progress =
        TreeProgress.of(
            LEARNER,
            List.of(
                new LessonProgress(new ModuleId(1), new LessonId(10), new ProgressCount(3, 5)),
                new LessonProgress(new ModuleId(1), new LessonId(11), new ProgressCount(0, 4)),
                new LessonProgress(new ModuleId(2), new LessonId(20), new ProgressCount(2, 2))));

    assertThat(progress.of(new ModuleId(1))).isEqualTo(new ProgressCount(3, 9));
    assertThat(progress.of(new ModuleId(2))).isEqualTo(new ProgressCount(2, 2));
    assertThat(progress.total()).isEqualTo(new ProgressCount(5, 11));
    assertThat(progress.exercises().completed()).isEmpty();
    assertThat(progress.learner()).isEqualTo(LEARNER);
  }

  @Test
  void a_module_or_lesson_nothing_was_counted_for_counts_zero() {
    TreeProgress progress = TreeProgress.of(LEARNER, List.of());

    assertThat(progress.of(new ModuleId(9))).isEqualTo(ProgressCount.NONE);
    assertThat(progress.of(new LessonId(9))).isEqualTo(ProgressCount.NONE);
    assertThat(progress.total()).isEqualTo(ProgressCount.NONE);
  }

  @Test
  void a_count_never_has_more_completed_than_there_are() {
    assertThatThrownBy(() -> new ProgressCount(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressCount(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
