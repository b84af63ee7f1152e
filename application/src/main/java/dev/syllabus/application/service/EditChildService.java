package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LockedCourse;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Move;
import dev.syllabus.domain.course.NodePlace;
import dev.syllabus.domain.course.ParentId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renames, retypes or moves a module, lesson or exercise in one unit of work. A move locks the
 * courses on both sides, reads the node's place again under the lock (siblings may have shifted
 * it), and lets the domain decide where it goes and who makes room; into another course, and
 * whether that course may grow by the subtree. Once committed, the change is announced for every
 * course it touched.
 */
public final class EditChildService implements EditChildUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final EditCourseTreesPort trees;
  private final CourseLimits limits;
  private final AnnounceCourseChangesPort changes;

  public EditChildService(
      UnitOfWorkPort unitOfWork,
      EditCourseTreesPort trees,
      CourseLimits limits,
      AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.limits = limits;
    this.changes = changes;
  }

  /** A change, and every course it touched: its own, and the one a move went into. */
  private record Edited(ChildChange change, Set<CourseId> courses) {}

  @Override
  public ChildChange editChild(Viewer caller, EditChildCommand command) {
    Authors.require(caller);
    Edited edited = unitOfWork.write(() -> edit(command));
    changes.coursesChanged(edited.courses());
    return edited.change();
  }

  private Edited edit(EditChildCommand command) {
    ChildId child = command.child();
    CourseId course =
        trees.placeOf(child).orElseThrow(() -> new NodeNotFoundException(child)).course();
    Optional<CourseId> target = command.parent().map(this::courseOfNewParent);
    CourseLocks.Locked locked =
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
      Move move = place.moveTo(trees.siblingsOf(parent), command.position());
      locked.other().ifPresent(into -> carrySubtree(child, locked.own(), into));
      trees.move(move);
    }
    Set<CourseId> touched =
        locked.other().map(into -> Set.of(course, into.course())).orElse(Set.of(course));
    return new Edited(new ChildChange(child, locked.version()), touched);
  }

  /** A move into another course takes its subtree's size along, if the course limits allow. */
  private void carrySubtree(ChildId child, LockedCourse from, LockedCourse into) {
    CourseSize subtree = trees.sizeOf(child);
    CourseSize grown = into.size().plus(subtree);
    limits.requireWithin(grown);
    trees.storeSizes(Map.of(from.course(), from.size().minus(subtree), into.course(), grown));
  }

  private CourseId courseOfNewParent(ParentId parent) {
    return trees.courseOf(parent).orElseThrow(() -> InvalidCommandException.missingParent(parent));
  }
}
