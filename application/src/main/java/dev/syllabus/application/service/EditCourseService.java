package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.EditCourseUseCase;
import dev.syllabus.application.port.out.EditCourseTreesPort;

/** Renames, publishes or unpublishes a course; the command is already valid. */
public final class EditCourseService implements EditCourseUseCase {

  private final EditCourseTreesPort courseTrees;

  public EditCourseService(EditCourseTreesPort courseTrees) {
    this.courseTrees = courseTrees;
  }

  @Override
  public CourseVersion editCourse(EditCourseCommand command) {
    return courseTrees.editCourse(command);
  }
}
