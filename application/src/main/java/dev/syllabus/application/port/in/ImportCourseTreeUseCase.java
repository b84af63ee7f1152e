package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.Course;

/** Driving port: an author imports one whole course tree, safely retried under a key. */
public interface ImportCourseTreeUseCase {

  /**
   * Creates the course with all its modules, lessons and exercises, all or nothing, and returns it
   * as created. Under a key the caller used before, within the key's lifetime: the same draft
   * returns the course that import created, as it was created, and creates nothing.
   *
   * @throws AccessDeniedException if the caller is not an author
   * @throws IdempotencyKeyReusedException if the key was used for another draft
   * @throws IdempotencyKeyInUseException if an import under the key is still in flight
   */
  Course importCourseTree(Viewer caller, ImportCourseTreeCommand command);
}
