package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.DeleteCourseUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import java.util.Set;

/**
 * Removes a course with its tree and completions in one statement; a version that no longer matches
 * undoes it. The deletion is announced once it is committed.
 */
public final class DeleteCourseService implements DeleteCourseUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;
  private final AnnounceCourseChangesPort changes;

  public DeleteCourseService(
      UnitOfWorkPort unitOfWork, EditCourseTreesPort trees, AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.changes = changes;
  }

  @Override
  public void deleteCourse(Viewer caller, CourseId course, ExpectedVersion expected) {
    Authors.require(caller);
    unitOfWork.write(
        () ->
            CourseLocks.checked(
                trees.deleteCourse(course).orElseThrow(() -> new CourseNotFoundException(course)),
                expected));
    changes.coursesChanged(Set.of(course));
  }
}
