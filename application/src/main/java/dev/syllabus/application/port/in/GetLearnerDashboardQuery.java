package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link GetLearnerDashboardUseCase}: whose dashboard, a page of {@value
 * ListCourseTreesQuery#MIN_LIMIT} to {@value ListCourseTreesQuery#MAX_LIMIT} courses after the last
 * course id of the previous page, and who asks.
 */
public record GetLearnerDashboardQuery(
    LearnerId learner, int limit, Optional<CourseId> after, Viewer viewer) {

  public GetLearnerDashboardQuery {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(viewer, "viewer");
    if (limit < ListCourseTreesQuery.MIN_LIMIT || limit > ListCourseTreesQuery.MAX_LIMIT) {
      throw new InvalidQueryException(
          "limit must be between "
              + ListCourseTreesQuery.MIN_LIMIT
              + " and "
              + ListCourseTreesQuery.MAX_LIMIT
              + ", was "
              + limit);
    }
  }
}
