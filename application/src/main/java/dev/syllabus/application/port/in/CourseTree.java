package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerProgress;
import dev.syllabus.domain.progress.TreeProgress;
import java.util.Objects;
import java.util.Optional;

/**
 * Output of {@link GetCourseTreeUseCase} and {@link GetSubtreeUseCase}: the course as read down to
 * a depth (its levels below are empty), and a learner's progress in it if asked.
 */
public record CourseTree(Course course, TreeDepth depth, Optional<TreeProgress> progress) {

  public CourseTree {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(progress, "progress");
  }

  /** A whole tree, with the learner's completions among its exercises if asked. */
  public CourseTree(Course course, Optional<LearnerProgress> completions) {
    this(
        course,
        TreeDepth.EXERCISES,
        completions.map(completed -> TreeProgress.of(course, completed)));
  }
}
