package dev.syllabus.application.service;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.NewChild;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.Insertion;
import dev.syllabus.domain.course.ParentId;
import java.util.List;
import java.util.Optional;

/**
 * Adds a module, lesson or exercise: locks its course, lets the parent's siblings say where it
 * goes, and stores it there. Reads one number about the tree, however big: the sibling count.
 */
public final class AddChildService implements AddChildUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;

  public AddChildService(UnitOfWorkPort unitOfWork, EditCourseTreesPort trees) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
  }

  @Override
  public ChildChange addChild(Viewer caller, AddChildCommand command) {
    Authors.require(caller);
    return unitOfWork.write(
        () -> {
          CourseVersion version = lockCourseOf(command.parent(), command.expectedVersion());
          Insertion insertion = trees.siblingsOf(command.parent()).insert(command.position());
          ChildId child =
              trees.insert(insertion, new NewChild(command.title(), command.exerciseType()));
          return new ChildChange(child, version);
        });
  }

  private CourseVersion lockCourseOf(ParentId parent, ExpectedVersion expected) {
    if (parent instanceof CourseId course) {
      // A course is its own lock: no need to find it first.
      return trees.lockCourses(List.of(course)).stream()
          .findFirst()
          .map(locked -> CourseLocks.checked(locked, expected))
          .orElseThrow(() -> new CourseNotFoundException(course));
    }
    ChildId node = (ChildId) parent;
    CourseId course = trees.courseOf(parent).orElseThrow(() -> new NodeNotFoundException(node));
    CourseVersion version = CourseLocks.lock(trees, course, Optional.empty(), expected);
    if (!trees.courseOf(parent).equals(Optional.of(course))) {
      throw new UnitOfWorkPort.StartOver();
    }
    return version;
  }
}
