package dev.syllabus.domain.progress;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Lesson;
import java.util.Objects;
import java.util.Set;

/** Which exercises one learner has completed, as far as one read of the course asked. */
public record LearnerProgress(LearnerId learner, Set<ExerciseId> completed) {

  public LearnerProgress {
    Objects.requireNonNull(learner, "learner");
    completed = Set.copyOf(completed);
  }

  public boolean isCompleted(ExerciseId exercise) {
    return completed.contains(exercise);
  }

  public int completedIn(Lesson lesson) {
    int count = 0;
    for (Exercise exercise : lesson.exercises()) {
      if (completed.contains(exercise.id())) {
        count++;
      }
    }
    return count;
  }
}
