package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;

/**
 * Driving port: an author removes a module, lesson or exercise with everything under it and the
 * completions of it; the siblings after it move up one.
 *
 * @throws NodeNotFoundException if the node does not exist
 * @throws VersionMismatchException if the expected version does not accept the course's current one
 */
public interface DeleteChildUseCase {

  CourseVersion deleteChild(ChildId child, ExpectedVersion expectedVersion);
}
