package dev.syllabus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link RecordCompletionsPort} and {@link LoadCompletionsPort} must do. Each
 * adapter's test extends this class; its store starts empty for every test.
 */
public abstract class CompletionsPortContract {

  private static final LearnerId ADA = new LearnerId(1);
  private static final LearnerId BOB = new LearnerId(2);

  protected abstract RecordCompletionsPort recorder();

  protected abstract LoadCompletionsPort completions();

  protected abstract CreateCourseTreesPort creator();

  protected abstract LoadCourseTreesPort loader();

  private List<ExerciseId> exercises;

  @BeforeEach
  void a_course_with_six_exercises() {
    CourseId id =
        creator().createCourseTrees(List.of(new CourseShape(1, 2, 3).draft("C", true))).get(0);
    Course course = loader().loadCourseTrees(List.of(id)).get(0);
    exercises = course.exerciseIds();
  }

  @Test
  void recorded_completions_load_back_for_their_learner_only() {
    recorder().recordCompletions(ADA, List.of(exercises.get(0), exercises.get(3)));

    assertThat(completions().loadCompletions(ADA, exercises).completed())
        .containsExactlyInAnyOrder(exercises.get(0), exercises.get(3));
    assertThat(completions().loadCompletions(BOB, exercises).completed()).isEmpty();
  }

  @Test
  void recording_a_completion_twice_changes_nothing() {
    recorder().recordCompletions(ADA, List.of(exercises.get(1)));
    recorder().recordCompletions(ADA, List.of(exercises.get(1), exercises.get(1)));

    assertThat(completions().loadCompletions(ADA, exercises).completed())
        .containsExactly(exercises.get(1));
  }

  @Test
  void only_the_exercises_asked_about_are_answered() {
    recorder().recordCompletions(ADA, exercises);

    assertThat(completions().loadCompletions(ADA, exercises.subList(0, 2)).completed())
        .containsExactlyInAnyOrder(exercises.get(0), exercises.get(1));
    assertThat(completions().loadCompletions(ADA, List.of()).completed()).isEmpty();
  }

  @Test
  void undoing_a_completion_removes_it_and_undoing_it_again_changes_nothing() {
    recorder().recordCompletions(ADA, List.of(exercises.get(0), exercises.get(1)));
    recorder().recordCompletions(BOB, List.of(exercises.get(0)));

    recorder().undoCompletion(ADA, exercises.get(0));
    recorder().undoCompletion(ADA, exercises.get(0));

    assertThat(completions().loadCompletions(ADA, exercises).completed())
        .containsExactly(exercises.get(1));
    assertThat(completions().loadCompletions(BOB, exercises).completed())
        .containsExactly(exercises.get(0));
  }

  @Test
  void an_unknown_exercise_records_nothing_at_all() {
    ExerciseId unknown = new ExerciseId(Long.MAX_VALUE);

    assertThat(recorder().recordCompletions(ADA, List.of(exercises.get(0), unknown))).isFalse();
    assertThat(completions().loadCompletions(ADA, exercises).completed()).isEmpty();
  }
}
