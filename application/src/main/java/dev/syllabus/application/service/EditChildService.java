package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.NodePlace;
import dev.syllabus.domain.course.ParentId;
import java.util.Optional;

/**
 * Renames, retypes or moves a module, lesson or exercise in one unit of work. A move locks the
 * courses on both sides, reads the node's place again under the lock (siblings may have shifted
 * it), and lets the domain decide where it goes and who makes room.
 */
public final class EditChildService implements EditChildUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;

  public EditChildService(UnitOfWorkPort unitOfWork, EditCourseTreesPort trees) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
  }

  @Override
  public ChildChange editChild(Viewer caller, EditChildCommand command) {
    Authors.require(caller);
    return unitOfWork.write(() -> edit(command));
  }

  private ChildChange edit(EditChildCommand command) {
    ChildId child = command.child();
    CourseId course =
        trees.placeOf(child).orElseThrow(() -> new NodeNotFoundException(child)).course();
    Optional<CourseId> target = command.parent().map(this::courseOfNewParent);
    CourseVersion version =
        CourseLocks.lock(
            trees, course, target.filter(t -> !t.equals(course)), command.expectedVersion());
    NodePlace place = trees.placeOf(child).orElseThrow(UnitOfWorkPort.StartOver::new);
    if (!place.course().equals(course)
        || (target.isPresent() && !target.equals(trees.courseOf(command.parent().get())))) {
      throw new UnitOfWorkPort.StartOver();
    }
    command.title().ifPresent(title -> trees.rename(child, title));
    command.exerciseType().ifPresent(type -> trees.retype((ExerciseId) child, type));
    if (command.moves()) {
      ParentId parent = command.parent().orElse(place.parent());
      trees.move(place.moveTo(trees.siblingsOf(parent), command.position()));
    }
    return new ChildChange(child, version);
  }

  private CourseId courseOfNewParent(ParentId parent) {
    return trees.courseOf(parent).orElseThrow(() -> InvalidCommandException.missingParent(parent));
  }
}
