package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.EditCourseUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import java.util.Set;

/**
 * Renames, publishes or unpublishes a course in one statement; a version that no longer matches
 * undoes it. The change is announced once it is committed.
 */
public final class EditCourseService implements EditCourseUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;
  private final AnnounceCourseChangesPort changes;

  public EditCourseService(
      UnitOfWorkPort unitOfWork, EditCourseTreesPort trees, AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.changes = changes;
  }

  @Override
  public CourseVersion editCourse(Viewer caller, EditCourseCommand command) {
    Authors.require(caller);
    CourseVersion version =
        unitOfWork.<CourseVersion>write(
            () ->
                trees
                    .editCourse(command.course(), command.title(), command.published())
                    .map(edited -> CourseLocks.checked(edited, command.expectedVersion()))
                    .orElseThrow(() -> new CourseNotFoundException(command.course())));
    changes.coursesChanged(Set.of(command.course()));
    return version;
  }
}
