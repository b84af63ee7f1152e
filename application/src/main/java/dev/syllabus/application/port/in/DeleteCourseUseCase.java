package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;

/**
 * Driving port: an author removes a course with its whole tree and every completion in it.
 *
 * @throws CourseNotFoundException if the course does not exist
 * @throws VersionMismatchException if the expected version does not accept the course's current one
 */
public interface DeleteCourseUseCase {

  void deleteCourse(CourseId course, ExpectedVersion expectedVersion);
}
