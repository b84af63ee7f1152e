package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.TrackProgressUseCase;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import java.util.List;

/**
 * Records and undoes completions for the learner themselves (or an author), on exercises of courses
 * the caller can see: an unpublished course's exercises do not exist for a learner. The check and
 * the change are one unit of work, so a course unpublished meanwhile cannot slip between them.
 */
public final class TrackProgressService implements TrackProgressUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final LoadCourseStatePort courses;
  private final RecordCompletionsPort completions;

  public TrackProgressService(
      UnitOfWorkPort unitOfWork, LoadCourseStatePort courses, RecordCompletionsPort completions) {
    this.unitOfWork = unitOfWork;
    this.courses = courses;
    this.completions = completions;
  }

  @Override
  public void complete(ProgressCommand command) {
    requireAllowed(command);
    unitOfWork.write(
        () -> {
          requireVisible(command);
          if (!completions.recordCompletions(command.learner(), List.of(command.exercise()))) {
            throw notFound(command);
          }
        });
  }

  @Override
  public void undo(ProgressCommand command) {
    requireAllowed(command);
    unitOfWork.write(
        () -> {
          requireVisible(command);
          completions.undoCompletion(command.learner(), command.exercise());
        });
  }

  private void requireAllowed(ProgressCommand command) {
    if (!command.viewer().mayTrackProgressOf(command.learner())) {
      throw new AccessDeniedException(
          "You may not change the progress of learner " + command.learner());
    }
  }

  private void requireVisible(ProgressCommand command) {
    courses
        .loadCourseStateOf(command.exercise())
        .filter(course -> command.viewer().sees(course.published()))
        .orElseThrow(() -> notFound(command));
  }

  private static ExerciseNotFoundException notFound(ProgressCommand command) {
    return new ExerciseNotFoundException("Exercise " + command.exercise() + " not found");
  }
}
