package dev.syllabus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LessonProgress;
import dev.syllabus.domain.progress.ProgressCount;
import java.util.List;
import java.util.Optional;
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

  private Course course;
  private List<ExerciseId> exercises;

  @BeforeEach
  void a_course_with_six_exercises() {
    CourseId id =
        creator().createCourseTrees(List.of(new CourseShape(1, 2, 3).draft("C", true))).get(0);
    course = loader().loadCourseTrees(List.of(id)).get(0);
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

  @Test
  void lessons_are_counted_for_the_learner_without_their_exercises_being_asked_for() {
    CourseDraft draft =
        new CourseDraft(
            "Two lessons",
            true,
            List.of(
                new ModuleDraft(
                    "M",
                    List.of(
                        new LessonDraft("Empty", List.of()),
                        new LessonDraft(
                            "One", List.of(new ExerciseDraft(ExerciseType.TEXT, "e")))))));
    CourseId otherId = creator().createCourseTrees(List.of(draft)).get(0);
    Course other = loader().loadCourseTrees(List.of(otherId)).get(0);
    recorder()
        .recordCompletions(ADA, List.of(exercises.get(0), exercises.get(1), exercises.get(4)));
    recorder().recordCompletions(BOB, List.of(exercises.get(2)));
    CourseModule module = course.modules().get(0);
    CourseModule otherModule = other.modules().get(0);

    List<LessonProgress> counted =
        completions()
            .loadLessonProgress(ADA, List.of(module.id(), otherModule.id(), new ModuleId(999_999)));

    assertThat(counted)
        .containsExactlyInAnyOrder(
            new LessonProgress(module.id(), module.lessons().get(0).id(), new ProgressCount(2, 3)),
            new LessonProgress(module.id(), module.lessons().get(1).id(), new ProgressCount(1, 3)),
            new LessonProgress(
                otherModule.id(), otherModule.lessons().get(0).id(), new ProgressCount(0, 0)),
            new LessonProgress(
                otherModule.id(), otherModule.lessons().get(1).id(), new ProgressCount(0, 1)));
    assertThat(completions().loadLessonProgress(ADA, List.of())).isEmpty();
  }

  @Test
  void the_courses_in_progress_are_those_with_a_completion_by_id_with_their_counts() {
    List<CourseId> more =
        creator()
            .createCourseTrees(
                List.of(
                    new CourseShape(1, 1, 4).draft("Untouched", true),
                    new CourseShape(2, 1, 2).draft("Draft", false),
                    new CourseShape(1, 2, 1).draft("Third", true)));
    List<ExerciseId> draft = loader().loadCourseTrees(List.of(more.get(1))).get(0).exerciseIds();
    List<ExerciseId> third = loader().loadCourseTrees(List.of(more.get(2))).get(0).exerciseIds();
    recorder().recordCompletions(ADA, List.of(exercises.get(5), draft.get(0), third.get(1)));
    recorder().recordCompletions(BOB, List.of(exercises.get(0)));

    assertThat(completions().loadCoursesInProgress(ADA, true, Optional.empty(), 10))
        .containsExactly(
            new CourseProgress(course.id(), "C", new ProgressCount(1, 6)),
            new CourseProgress(more.get(1), "Draft", new ProgressCount(1, 4)),
            new CourseProgress(more.get(2), "Third", new ProgressCount(1, 2)));
    assertThat(completions().loadCoursesInProgress(ADA, false, Optional.empty(), 10))
        .extracting(CourseProgress::course)
        .containsExactly(course.id(), more.get(2));
    assertThat(completions().loadCoursesInProgress(ADA, true, Optional.of(course.id()), 1))
        .extracting(CourseProgress::course)
        .containsExactly(more.get(1));
    assertThat(completions().loadCoursesInProgress(new LearnerId(3), true, Optional.empty(), 10))
        .isEmpty();
  }
}
