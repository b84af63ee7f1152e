package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.DeleteChildUseCase;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.NodePlace;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Removes a module, lesson or exercise with its subtree; the siblings after it close the gap, and
 * the course's stored size loses the subtree's. The change is announced once it is committed.
 */
public final class DeleteChildService implements DeleteChildUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;
  private final AnnounceCourseChangesPort changes;

  public DeleteChildService(
      UnitOfWorkPort unitOfWork, EditCourseTreesPort trees, AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.changes = changes;
  }

  @Override
  public CourseVersion deleteChild(Viewer caller, ChildId child, ExpectedVersion expected) {
    Authors.require(caller);
    CourseVersion deleted =
        unitOfWork.write(
            () -> {
              CourseId course =
                  trees.placeOf(child).orElseThrow(() -> new NodeNotFoundException(child)).course();
              CourseLocks.Locked locked =
                  CourseLocks.lock(trees, course, Optional.empty(), expected);
              NodePlace place = trees.placeOf(child).orElseThrow(UnitOfWorkPort.StartOver::new);
              if (!place.course().equals(course)) {
                throw new UnitOfWorkPort.StartOver();
              }
              CourseSize shrunk = locked.own().size().minus(trees.sizeOf(child));
              trees.delete(place);
              trees.storeSizes(Map.of(course, shrunk));
              return locked.version();
            });
    changes.coursesChanged(Set.of(deleted.course()));
    return deleted;
  }
}
