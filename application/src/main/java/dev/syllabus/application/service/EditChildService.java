package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.domain.course.CourseLimits;

/**
 * Renames, retypes or moves a module, lesson or exercise in one transaction; a move into another
 * course stays within the course limits.
 */
public final class EditChildService implements EditChildUseCase {

  private final EditCourseTreesPort courseTrees;
  private final CourseLimits limits;

  public EditChildService(EditCourseTreesPort courseTrees, CourseLimits limits) {
    this.courseTrees = courseTrees;
    this.limits = limits;
  }

  @Override
  public ChildChange editChild(EditChildCommand command) {
    return courseTrees.editChild(command, limits);
  }
}
