package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link GetCourseTreeUseCase}: which course, how far down, whose progress if anyone's,
 * and who asks.
 */
public record GetCourseTreeQuery(
    CourseId courseId, Optional<LearnerId> learner, TreeDepth depth, Viewer viewer) {

  public GetCourseTreeQuery {
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(viewer, "viewer");
  }

  /** The whole tree, down to its exercises. */
  public GetCourseTreeQuery(CourseId courseId, Optional<LearnerId> learner, Viewer viewer) {
    this(courseId, learner, TreeDepth.EXERCISES, viewer);
  }

  /** The tree alone, as the given viewer may see it. */
  public static GetCourseTreeQuery of(CourseId courseId, Viewer viewer) {
    return new GetCourseTreeQuery(courseId, Optional.empty(), viewer);
  }
}
