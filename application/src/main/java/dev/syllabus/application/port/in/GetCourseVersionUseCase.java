package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;

/**
 * Driving port: a reader who holds a copy of a course tree asks whether it is still current,
 * without loading the tree.
 *
 * @throws CourseNotFoundException if the course does not exist or the viewer may not see it
 */
public interface GetCourseVersionUseCase {

  CourseVersion getCourseVersion(CourseId course, Viewer viewer);
}
