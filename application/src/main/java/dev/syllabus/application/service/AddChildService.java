package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.domain.course.CourseLimits;

/**
 * Adds a module, lesson or exercise within the course limits; the store keeps the positions dense
 * and the course's size exact.
 */
public final class AddChildService implements AddChildUseCase {

  private final EditCourseTreesPort courseTrees;
  private final CourseLimits limits;

  public AddChildService(EditCourseTreesPort courseTrees, CourseLimits limits) {
    this.courseTrees = courseTrees;
    this.limits = limits;
  }

  @Override
  public ChildChange addChild(AddChildCommand command) {
    return courseTrees.addChild(command, limits);
  }
}
