package dev.syllabus.application.port.in;

/**
 * Driving port: an author renames a module, lesson or exercise, changes an exercise's type, or
 * moves a node: to another position among its siblings, or under another parent of the right kind
 * (in the same course or another one). Positions stay dense on both sides of a move.
 *
 * @throws AccessDeniedException if the caller is not an author
 * @throws NodeNotFoundException if the node does not exist
 * @throws InvalidCommandException if the new parent does not exist
 * @throws dev.syllabus.domain.course.CourseRuleException if the position is out of range
 * @throws VersionMismatchException if the command expected another version of the node's course
 */
public interface EditChildUseCase {

  ChildChange editChild(Viewer caller, EditChildCommand command);
}
