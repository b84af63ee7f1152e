package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.DeleteChildUseCase;
import dev.syllabus.application.port.in.ExpectedVersion;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.domain.course.ChildId;

/** Removes a module, lesson or exercise with its subtree; its later siblings move up. */
public final class DeleteChildService implements DeleteChildUseCase {

  private final EditCourseTreesPort courseTrees;

  public DeleteChildService(EditCourseTreesPort courseTrees) {
    this.courseTrees = courseTrees;
  }

  @Override
  public CourseVersion deleteChild(ChildId child, ExpectedVersion expectedVersion) {
    return courseTrees.deleteChild(child, expectedVersion);
  }
}
