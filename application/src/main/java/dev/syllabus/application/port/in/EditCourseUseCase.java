package dev.syllabus.application.port.in;

/**
 * Driving port: an author renames a course, publishes or unpublishes it.
 *
 * @throws AccessDeniedException if the caller is not an author
 * @throws CourseNotFoundException if the course does not exist
 * @throws VersionMismatchException if the command expected another version; nothing changes
 */
public interface EditCourseUseCase {

  CourseVersion editCourse(Viewer caller, EditCourseCommand command);
}
