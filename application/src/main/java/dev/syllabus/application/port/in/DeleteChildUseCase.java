package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.ExpectedVersion;

/**
 * Driving port: an author removes a module, lesson or exercise with everything under it and the
 * completions of it; the siblings after it move up one.
 *
 * @throws AccessDeniedException if the caller is not an author
 * @throws NodeNotFoundException if the node does not exist
 * @throws VersionMismatchException if the expected version does not accept the course's current one
 */
public interface DeleteChildUseCase {

  CourseVersion deleteChild(Viewer caller, ChildId child, ExpectedVersion expectedVersion);
}
