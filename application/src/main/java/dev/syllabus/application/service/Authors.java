package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.Viewer;

/** The check every authoring use case makes first, whoever drives it: REST, a command, a test. */
final class Authors {

  private Authors() {}

  static void require(Viewer caller) {
    if (!caller.mayEditCourses()) {
      throw new AccessDeniedException("Only authors may change courses");
    }
  }
}
