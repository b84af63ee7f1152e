package dev.syllabus.application.port.out;

import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Collection;

/**
 * Driven port: stores that a learner completed exercises, or no longer has.
 *
 * <p>Idempotent: a completion already stored stays as it is, and undoing one that is not stored
 * changes nothing. Recording is all or nothing: if one exercise does not exist, {@link
 * ExerciseNotFoundException} is thrown and nothing is stored.
 */
public interface RecordCompletionsPort {

  void recordCompletions(LearnerId learner, Collection<ExerciseId> exercises);

  void undoCompletion(LearnerId learner, ExerciseId exercise);
}
