package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.Collection;

/**
 * Driven port: reads which exercises a learner has completed.
 *
 * <p>Answers only for the exercises asked about, in a number of round trips that does not grow with
 * the number of exercises where the store allows it.
 */
public interface LoadCompletionsPort {

  /** The learner's progress restricted to {@code exercises}; ids that do not exist are ignored. */
  LearnerProgress loadCompletions(LearnerId learner, Collection<ExerciseId> exercises);
}
