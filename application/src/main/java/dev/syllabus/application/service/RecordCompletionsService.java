package dev.syllabus.application.service;

import dev.syllabus.application.port.in.RecordCompletionsUseCase;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;

/** Records completions as given; the store makes them idempotent and all or nothing. */
public final class RecordCompletionsService implements RecordCompletionsUseCase {

  private final RecordCompletionsPort store;

  public RecordCompletionsService(RecordCompletionsPort store) {
    this.store = store;
  }

  @Override
  public void recordCompletions(LearnerId learner, List<ExerciseId> exercises) {
    if (!exercises.isEmpty()) {
      store.recordCompletions(learner, exercises);
    }
  }
}
