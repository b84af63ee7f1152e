package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Optional;

/** The rule every read of progress keeps: a learner's progress is theirs and the authors'. */
final class LearnerAccess {

  private LearnerAccess() {}

  /** Checked before any statement runs: a refused request costs nothing. */
  static void require(Viewer viewer, Optional<LearnerId> learner) {
    learner
        .filter(asked -> !viewer.mayTrackProgressOf(asked))
        .ifPresent(
            asked -> {
              throw new AccessDeniedException("You may not read the progress of learner " + asked);
            });
  }
}
