package dev.syllabus.application.port.in;

/**
 * Driving port: an author adds a module to a course, a lesson to a module or an exercise to a
 * lesson, at a position (the siblings from there on move down one) or at the end.
 *
 * @throws AccessDeniedException if the caller is not an author
 * @throws CourseNotFoundException if the parent is a course that does not exist
 * @throws NodeNotFoundException if the parent is a module or lesson that does not exist
 * @throws dev.syllabus.domain.course.CourseRuleException if the position is past the end (more than
 *     siblings + 1)
 * @throws VersionMismatchException if the command expected another version of the course
 */
public interface AddChildUseCase {

  ChildChange addChild(Viewer caller, AddChildCommand command);
}
