package dev.syllabus.application.service;

import dev.syllabus.application.port.in.DeleteCourseUseCase;
import dev.syllabus.application.port.in.ExpectedVersion;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.domain.course.CourseId;

/** Removes a course; the store removes its tree and completions with it. */
public final class DeleteCourseService implements DeleteCourseUseCase {

  private final EditCourseTreesPort courseTrees;

  public DeleteCourseService(EditCourseTreesPort courseTrees) {
    this.courseTrees = courseTrees;
  }

  @Override
  public void deleteCourse(CourseId course, ExpectedVersion expectedVersion) {
    courseTrees.deleteCourse(course, expectedVersion);
  }
}
