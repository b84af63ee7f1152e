package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Collection;

/**
 * Driven port: stores that a learner completed exercises, or no longer has.
 *
 * <p>Idempotent: a completion already stored stays as it is, and undoing one that is not stored
 * changes nothing. Recording is all or nothing: if one exercise does not exist, nothing is stored.
 */
public interface RecordCompletionsPort {

  /** Whether the completions are stored: false, storing none, if an exercise does not exist. */
  boolean recordCompletions(LearnerId learner, Collection<ExerciseId> exercises);

  void undoCompletion(LearnerId learner, ExerciseId exercise);
}
