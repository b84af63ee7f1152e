package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.DeleteCourseUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;

/**
 * Removes a course with its tree and completions in one statement; a version that no longer matches
 * undoes it.
 */
public final class DeleteCourseService implements DeleteCourseUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;

  public DeleteCourseService(UnitOfWorkPort unitOfWork, EditCourseTreesPort trees) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
  }

  @Override
  public void deleteCourse(Viewer caller, CourseId course, ExpectedVersion expected) {
    Authors.require(caller);
    unitOfWork.write(
        () ->
            CourseLocks.checked(
                trees.deleteCourse(course).orElseThrow(() -> new CourseNotFoundException(course)),
                expected));
  }
}
