package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.out.EditCourseTreesPort;

/** Adds a module, lesson or exercise; the store keeps the positions dense. */
public final class AddChildService implements AddChildUseCase {

  private final EditCourseTreesPort courseTrees;

  public AddChildService(EditCourseTreesPort courseTrees) {
    this.courseTrees = courseTrees;
  }

  @Override
  public ChildChange addChild(AddChildCommand command) {
    return courseTrees.addChild(command);
  }
}
