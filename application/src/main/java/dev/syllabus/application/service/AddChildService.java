package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LockedCourse;
import dev.syllabus.application.port.out.NewChild;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.Insertion;
import dev.syllabus.domain.course.ParentId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a module, lesson or exercise: locks its course, lets the course limits say whether it may
 * grow and the parent's siblings where the child goes, and stores it there with the course's new
 * size. Reads two numbers about the tree, however big: its stored size and the sibling count. The
 * change is announced once it is committed.
 */
public final class AddChildService implements AddChildUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;
  private final CourseLimits limits;
  private final AnnounceCourseChangesPort changes;

  public AddChildService(
      UnitOfWorkPort unitOfWork,
      EditCourseTreesPort trees,
      CourseLimits limits,
      AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.limits = limits;
    this.changes = changes;
  }

  @Override
  public ChildChange addChild(Viewer caller, AddChildCommand command) {
    Authors.require(caller);
    ChildChange added =
        unitOfWork.write(
            () -> {
              LockedCourse course = lockCourseOf(command.parent(), command.expectedVersion());
              CourseSize grown = course.size().plus(CourseSize.ofChildUnder(command.parent()));
              limits.requireWithin(grown);
              Insertion insertion = trees.siblingsOf(command.parent()).insert(command.position());
              ChildId child =
                  trees.insert(insertion, new NewChild(command.title(), command.exerciseType()));
              trees.storeSizes(Map.of(course.course(), grown));
              return new ChildChange(
                  child, new CourseVersion(course.course(), course.newVersion()));
            });
    changes.coursesChanged(Set.of(added.course().course()));
    return added;
  }

  private LockedCourse lockCourseOf(ParentId parent, ExpectedVersion expected) {
    if (parent instanceof CourseId course) {
      // A course is its own lock: no need to find it first.
      LockedCourse locked =
          trees.lockCourses(List.of(course)).stream()
              .findFirst()
              .orElseThrow(() -> new CourseNotFoundException(course));
      CourseLocks.checked(locked, expected);
      return locked;
    }
    ChildId node = (ChildId) parent;
    CourseId course = trees.courseOf(parent).orElseThrow(() -> new NodeNotFoundException(node));
    LockedCourse locked = CourseLocks.lock(trees, course, Optional.empty(), expected).own();
    if (!trees.courseOf(parent).equals(Optional.of(course))) {
      throw new UnitOfWorkPort.StartOver();
    }
    return locked;
  }
}
