package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseSizeTest {

  private static final ExerciseDraft EXERCISE = new ExerciseDraft(ExerciseType.TEXT, "E");

  @Test
  void a_draft_counts_its_modules_lessons_and_exercises_as_nodes_but_not_itself() {
    CourseDraft draft =
        new CourseDraft(
            "C",
            false,
            List.of(
                new ModuleDraft(
                    "M1",
                    List.of(
                        new LessonDraft("L1", List.of(EXERCISE, EXERCISE, EXERCISE)),
                        new LessonDraft("L2", List.of()))),
                new ModuleDraft("M2", List.of())));

    assertThat(CourseSize.of(draft)).isEqualTo(new CourseSize(2 + 2 + 3, 3));
  }

  @Test
  void an_empty_course_has_no_nodes() {
    assertThat(CourseSize.of(new CourseDraft("C", true, List.of()))).isEqualTo(CourseSize.EMPTY);
  }

  @Test
  void a_stored_course_is_counted_as_its_draft_is() {
    Course course =
        new Course(
            new CourseId(1),
            "C",
            true,
            1,
            List.of(
                new CourseModule(
                    new ModuleId(2),
                    "M",
                    1,
                    List.of(
                        new Lesson(
                            new LessonId(3),
                            "L",
                            1,
                            List.of(
                                new Exercise(new ExerciseId(4), ExerciseType.VIDEO, "E", 1)))))));

    assertThat(CourseSize.of(course)).isEqualTo(new CourseSize(3, 1));
  }

  @Test
  void a_new_child_under_a_lesson_is_an_exercise_and_under_anything_else_a_bare_node() {
    assertThat(CourseSize.ofChildUnder(new LessonId(1))).isEqualTo(new CourseSize(1, 1));
    assertThat(CourseSize.ofChildUnder(new ModuleId(1))).isEqualTo(new CourseSize(1, 0));
    assertThat(CourseSize.ofChildUnder(new CourseId(1))).isEqualTo(new CourseSize(1, 0));
  }

  @Test
  void a_subtree_counts_its_root_and_everything_below_it() {
    assertThat(CourseSize.ofSubtree(new ModuleId(1), 3, 9)).isEqualTo(new CourseSize(13, 9));
    assertThat(CourseSize.ofSubtree(new LessonId(1), 0, 4)).isEqualTo(new CourseSize(5, 4));
    assertThat(CourseSize.ofSubtree(new ExerciseId(1), 0, 0)).isEqualTo(new CourseSize(1, 1));
  }

  @Test
  void sizes_add_up_and_come_apart() {
    CourseSize size = new CourseSize(10, 4).plus(new CourseSize(5, 5));

    assertThat(size).isEqualTo(new CourseSize(15, 9));
    assertThat(size.minus(new CourseSize(5, 5))).isEqualTo(new CourseSize(10, 4));
  }

  @Test
  void exercises_are_nodes_so_there_cannot_be_more_of_them_and_neither_is_negative() {
    assertThatThrownBy(() -> new CourseSize(1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseSize(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseSize(3, 1).minus(new CourseSize(4, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
