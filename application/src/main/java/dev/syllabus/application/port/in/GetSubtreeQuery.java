package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link GetSubtreeUseCase}: which module or lesson, how far down (not above the node: a
 * lesson reads to its lessons or exercises), whose progress if anyone's, and who asks.
 */
public record GetSubtreeQuery(
    ChildId node, Optional<LearnerId> learner, TreeDepth depth, Viewer viewer) {

  public GetSubtreeQuery {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(viewer, "viewer");
    if (node instanceof ExerciseId) {
      throw new IllegalArgumentException("an exercise has no subtree");
    }
    if (node instanceof LessonId && !depth.includesLessons()) {
      throw new InvalidQueryException(
          "depth of a lesson must be lessons or exercises, was modules");
    }
  }
}
