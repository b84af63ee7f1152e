package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;

/**
 * Driving port: an author removes a course with its whole tree and every completion in it.
 *
 * @throws AccessDeniedException if the caller is not an author
 * @throws CourseNotFoundException if the course does not exist
 * @throws VersionMismatchException if the expected version does not accept the course's current one
 */
public interface DeleteCourseUseCase {

  void deleteCourse(Viewer caller, CourseId course, ExpectedVersion expectedVersion);
}
