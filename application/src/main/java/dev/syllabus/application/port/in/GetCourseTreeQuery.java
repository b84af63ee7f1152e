package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link GetCourseTreeUseCase}: which course, whose progress if anyone's, and who asks.
 */
public record GetCourseTreeQuery(CourseId courseId, Optional<LearnerId> learner, Viewer viewer) {

  public GetCourseTreeQuery {
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(viewer, "viewer");
  }

  /** The tree alone, as the given viewer may see it. */
  public static GetCourseTreeQuery of(CourseId courseId, Viewer viewer) {
    return new GetCourseTreeQuery(courseId, Optional.empty(), viewer);
  }
}
