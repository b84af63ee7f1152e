package dev.syllabus.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerProgressTest {

  @Test
  void a_lesson_counts_the_completed_exercises_it_contains() {
    Lesson lesson =
        new Lesson(
            new LessonId(1),
            "L",
            1,
            List.of(
                new Exercise(new ExerciseId(1), ExerciseType.TEXT, "a", 1),
                new Exercise(new ExerciseId(2), ExerciseType.TEXT, "b", 2),
                new Exercise(new ExerciseId(3), ExerciseType.TEXT, "c", 3)));
    LearnerProgress progress =
        new LearnerProgress(
            new LearnerId(1), Set.of(new ExerciseId(1), new ExerciseId(3), new ExerciseId(99)));

    assertThat(progress.completedIn(lesson)).isEqualTo(2);
    assertThat(progress.isCompleted(new ExerciseId(2))).isFalse();
    assertThat(progress.isCompleted(new ExerciseId(3))).isTrue();
  }
}
