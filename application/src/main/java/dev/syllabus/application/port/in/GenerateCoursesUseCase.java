package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import java.util.List;

/**
 * Driving port: an operator wants synthetic courses of a given shape, to try or measure the service
 * at a size real content has not reached yet.
 */
public interface GenerateCoursesUseCase {

  /**
   * Creates the courses and, if the command names a learner, records that learner completing every
   * second exercise of each course (the first, the third, …) in the order a learner meets them.
   * Returns the new course ids.
   *
   * @throws AccessDeniedException if the caller is not an author
   */
  List<CourseId> generateCourses(Viewer caller, GenerateCoursesCommand command);
}
