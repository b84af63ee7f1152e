package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/** Input of {@link GetCourseTreeUseCase}: which course, and whose progress if anyone's. */
public record GetCourseTreeQuery(CourseId courseId, Optional<LearnerId> learner) {

  public GetCourseTreeQuery {
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(learner, "learner");
  }

  public static GetCourseTreeQuery of(CourseId courseId) {
    return new GetCourseTreeQuery(courseId, Optional.empty());
  }
}
