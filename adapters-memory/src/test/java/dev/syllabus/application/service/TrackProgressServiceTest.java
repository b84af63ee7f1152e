package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackProgressServiceTest {

  private static final LearnerId ADA = new LearnerId(1);
  private static final LearnerId BOB = new LearnerId(2);

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final TrackProgressService service = new TrackProgressService(store, store, store);

  private ExerciseId firstExercise(boolean published) {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(1, 1, 2).draft("C", published))).get(0);
    return store.loadCourseTrees(List.of(id)).get(0).exerciseIds().get(0);
  }

  private boolean completed(LearnerId learner, ExerciseId exercise) {
    return store.loadCompletions(learner, List.of(exercise)).isCompleted(exercise);
  }

  @Test
  void a_learner_completes_an_exercise_and_takes_it_back_each_as_often_as_they_like() {
    ExerciseId exercise = firstExercise(true);
    ProgressCommand command = new ProgressCommand(Viewer.learner(ADA), ADA, exercise);

    service.complete(command);
    service.complete(command);
    assertThat(completed(ADA, exercise)).isTrue();

    service.undo(command);
    service.undo(command);
    assertThat(completed(ADA, exercise)).isFalse();
  }

  @Test
  void a_learner_cannot_touch_another_learners_progress_but_an_author_can() {
    ExerciseId exercise = firstExercise(true);

    assertThatThrownBy(
            () -> service.complete(new ProgressCommand(Viewer.learner(BOB), ADA, exercise)))
        .isInstanceOf(AccessDeniedException.class);
    service.complete(new ProgressCommand(Viewer.author(), ADA, exercise));

    assertThat(completed(ADA, exercise)).isTrue();
    assertThat(completed(BOB, exercise)).isFalse();
  }

  @Test
  void exercises_of_unpublished_courses_do_not_exist_for_learners() {
    ExerciseId hidden = firstExercise(false);

    assertThatThrownBy(
            () -> service.complete(new ProgressCommand(Viewer.learner(ADA), ADA, hidden)))
        .isInstanceOf(ExerciseNotFoundException.class)
        .hasMessage("Exercise " + hidden + " not found");
    assertThat(completed(ADA, hidden)).isFalse();
  }

  @Test
  void an_unknown_exercise_is_not_found() {
    assertThatThrownBy(
            () ->
                service.complete(
                    new ProgressCommand(Viewer.learner(ADA), ADA, new ExerciseId(999_999))))
        .isInstanceOf(ExerciseNotFoundException.class);
  }
}
