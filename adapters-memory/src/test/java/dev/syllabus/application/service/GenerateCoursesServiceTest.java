package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenerateCoursesServiceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GenerateCoursesService service =
      new GenerateCoursesService(store, store, store, AnnounceCourseChangesPort.NOBODY);

  @Test
  void generated_courses_have_the_asked_shape_and_every_exercise_type() {
    List<CourseId> ids =
        service.generateCourses(
            Viewer.author(), new GenerateCoursesCommand(2, 3, 4, 5, true, Optional.empty()));

    List<Course> courses = store.loadCourseTrees(ids);
    assertThat(courses).hasSize(2).allMatch(Course::published);
    Course course = courses.get(0);
    assertThat(course.modules()).hasSize(3);
    assertThat(course.modules().get(2).lessons()).hasSize(4);
    assertThat(course.modules().get(2).lessons().get(3).exercises()).hasSize(5);
    assertThat(
            course.modules().stream()
                .flatMap(m -> m.lessons().stream())
                .flatMap(l -> l.exercises().stream())
                .map(e -> e.type()))
        .contains(ExerciseType.values());
  }

  @Test
  void the_learner_completes_every_second_exercise_starting_with_the_first() {
    LearnerId learner = new LearnerId(3);
    List<CourseId> ids =
        service.generateCourses(
            Viewer.author(), new GenerateCoursesCommand(1, 1, 2, 3, false, Optional.of(learner)));

    List<ExerciseId> exercises = store.loadCourseTrees(ids).get(0).exerciseIds();
    assertThat(store.loadCompletions(learner, exercises).completed())
        .containsExactlyInAnyOrder(exercises.get(0), exercises.get(2), exercises.get(4));
  }
}
