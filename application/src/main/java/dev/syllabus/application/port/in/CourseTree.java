package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.Objects;
import java.util.Optional;

/** Output of {@link GetCourseTreeUseCase}: the course, and a learner's progress in it if asked. */
public record CourseTree(Course course, Optional<LearnerProgress> progress) {

  public CourseTree {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(progress, "progress");
  }
}
