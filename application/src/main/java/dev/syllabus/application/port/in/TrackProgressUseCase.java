package dev.syllabus.application.port.in;

/**
 * Driving port: a learner marks an exercise completed, or takes that back. Both are idempotent.
 *
 * @throws AccessDeniedException if the viewer may not track that learner's progress
 * @throws ExerciseNotFoundException if the exercise does not exist or the viewer may not see its
 *     course
 */
public interface TrackProgressUseCase {

  void complete(ProgressCommand command);

  void undo(ProgressCommand command);
}
