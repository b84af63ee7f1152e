package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;

/** Driving port: a learner has completed exercises. */
public interface RecordCompletionsUseCase {

  /**
   * Records that the learner completed each exercise; recording a completion twice changes nothing.
   *
   * @throws ExerciseNotFoundException if an exercise does not exist; then nothing is recorded
   */
  void recordCompletions(LearnerId learner, List<ExerciseId> exercises);
}
