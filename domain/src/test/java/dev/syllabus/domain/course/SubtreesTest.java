package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreesTest {

  private static Lesson lesson(long id, int position, long... exercises) {
    List<Exercise> list = new java.util.ArrayList<>();
    for (long exercise : exercises) {
      list.add(new Exercise(new ExerciseId(exercise), ExerciseType.VIDEO, "e", list.size() + 1));
    }
    return new Lesson(new LessonId(id), "L" + id, position, list);
  }

  private static final Course COURSE =
      new Course(
          new CourseId(1),
          "C",
          true,
          4,
          List.of(
              new CourseModule(new ModuleId(1), "M1", 1, List.of(lesson(10, 1, 100, 101))),
              new CourseModule(
                  new ModuleId(2), "M2", 2, List.of(lesson(20, 1, 200), lesson(21, 2)))));

  @Test
  void a_course_to_its_lessons_keeps_every_lesson_and_no_exercise() {
    Course outline = Subtrees.toDepth(COURSE, TreeDepth.LESSONS);

    assertThat(outline.modules()).hasSize(2);
    assertThat(outline.modules().get(1).lessons())
        .extracting(Lesson::id)
        .containsExactly(new LessonId(20), new LessonId(21));
    assertThat(outline.exerciseIds()).isEmpty();
    assertThat(outline.version()).isEqualTo(4);
  }

  @Test
  void a_course_to_its_modules_keeps_no_lesson() {
    assertThat(Subtrees.toDepth(COURSE, TreeDepth.MODULES).modules())
        .allSatisfy(module -> assertThat(module.lessons()).isEmpty());
    assertThat(Subtrees.toDepth(COURSE, TreeDepth.EXERCISES)).isEqualTo(COURSE);
  }

  @Test
  void a_module_subtree_is_its_course_holding_that_module_alone_at_its_place() {
    Course subtree = Subtrees.of(COURSE, new ModuleId(2), TreeDepth.EXERCISES).orElseThrow();

    assertThat(subtree.modules()).containsExactly(COURSE.modules().get(1));
    assertThat(subtree.id()).isEqualTo(COURSE.id());
  }

  @Test
  void a_lesson_subtree_is_the_path_down_to_it_and_its_exercises_to_the_depth() {
    Course subtree = Subtrees.of(COURSE, new LessonId(10), TreeDepth.EXERCISES).orElseThrow();
    Course bare = Subtrees.of(COURSE, new LessonId(10), TreeDepth.LESSONS).orElseThrow();

    assertThat(subtree.modules())
        .singleElement()
        .extracting(CourseModule::id)
        .isEqualTo(new ModuleId(1));
    assertThat(subtree.exerciseIds()).containsExactly(new ExerciseId(100), new ExerciseId(101));
    assertThat(bare.modules().get(0).lessons())
        .singleElement()
        .extracting(Lesson::exercises)
        .isEqualTo(List.of());
  }

  @Test
  void a_node_outside_the_course_has_no_subtree_in_it() {
    assertThat(Subtrees.of(COURSE, new ModuleId(9), TreeDepth.EXERCISES)).isEmpty();
    assertThat(Subtrees.of(COURSE, new LessonId(9), TreeDepth.LESSONS)).isEmpty();
  }
}
