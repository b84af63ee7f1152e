package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;

/** Input of {@link TrackProgressUseCase}: who asks, whose progress, which exercise. */
public record ProgressCommand(Viewer viewer, LearnerId learner, ExerciseId exercise) {

  public ProgressCommand {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(exercise, "exercise");
  }
}
