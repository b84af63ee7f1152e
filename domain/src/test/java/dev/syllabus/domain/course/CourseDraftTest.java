package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseDraftTest {

  static final CourseDraft DRAFT =
      new CourseDraft(
          "Cooking",
          true,
          List.of(
              new ModuleDraft(
                  "M1",
                  List.of(
                      new LessonDraft(
                          "L1.1",
                          List.of(
                              new ExerciseDraft(ExerciseType.VIDEO, "E1.1.1"),
                              new ExerciseDraft(ExerciseType.TEXT, "E1.1.2"))),
                      new LessonDraft("L1.2", List.of()))),
              new ModuleDraft(
                  "M2",
                  List.of(
                      new LessonDraft(
                          "L2.1", List.of(new ExerciseDraft(ExerciseType.VIDEO, "E2.1.1")))))));

  static final TreeIds IDS =
      new TreeIds(
          new CourseId(9), List.of(20L, 21L), List.of(30L, 31L, 32L), List.of(40L, 41L, 42L));

  @Test
  void a_stored_draft_becomes_a_course_at_version_1_with_each_level_taking_its_ids_in_order() {
    Course course = DRAFT.toCourse(IDS);

    assertThat(course.version()).isEqualTo(1);
    assertThat(course.published()).isTrue();
    CourseModule first = course.modules().get(0);
    assertThat(first.id()).isEqualTo(new ModuleId(20));
    assertThat(first.lessons())
        .extracting(Lesson::id, Lesson::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new LessonId(30), 1),
            org.assertj.core.groups.Tuple.tuple(new LessonId(31), 2));
    assertThat(first.lessons().get(0).exercises())
        .extracting(Exercise::id, Exercise::title, Exercise::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new ExerciseId(40), "E1.1.1", 1),
            org.assertj.core.groups.Tuple.tuple(new ExerciseId(41), "E1.1.2", 2));
    assertThat(course.modules().get(1).lessons().get(0).id()).isEqualTo(new LessonId(32));
    assertThat(course.exerciseIds()).extracting(ExerciseId::value).containsExactly(40L, 41L, 42L);
  }

  @Test
  void the_ids_of_a_course_made_from_a_draft_make_the_same_course_again() {
    Course course = DRAFT.toCourse(IDS);

    assertThat(TreeIds.of(course)).isEqualTo(IDS);
    assertThat(DRAFT.toCourse(TreeIds.of(course))).isEqualTo(course);
  }

  @Test
  void ids_that_do_not_fit_the_draft_are_refused() {
    assertThatThrownBy(
            () ->
                DRAFT.toCourse(
                    new TreeIds(IDS.course(), IDS.modules(), IDS.lessons(), List.of(40L, 41L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewer ids");
    assertThatThrownBy(
            () ->
                DRAFT.toCourse(
                    new TreeIds(
                        IDS.course(), List.of(20L, 21L, 22L), IDS.lessons(), IDS.exercises())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more ids");
  }
}
