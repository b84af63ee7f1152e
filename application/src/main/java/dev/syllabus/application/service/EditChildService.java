package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.out.EditCourseTreesPort;

/** Renames, retypes or moves a module, lesson or exercise in one transaction. */
public final class EditChildService implements EditChildUseCase {

  private final EditCourseTreesPort courseTrees;

  public EditChildService(EditCourseTreesPort courseTrees) {
    this.courseTrees = courseTrees;
  }

  @Override
  public ChildChange editChild(EditChildCommand command) {
    return courseTrees.editChild(command);
  }
}
