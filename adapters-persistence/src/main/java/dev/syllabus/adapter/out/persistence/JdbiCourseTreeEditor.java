package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.ConcurrentChangeException;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.ExpectedVersion;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Driven adapter: changes course trees in place, each change one transaction. Every change first
 * bumps the version of the courses it touches, which locks their rows: concurrent changes within a
 * course queue up there, so the position statements that follow never see a half-moved sibling
 * list. A node can move to another course between being found and its course being locked; the
 * change then starts over, as it does after a deadlock between two cross-course moves. The locked
 * rows also hold the courses' sizes: a change that grows or shrinks a course computes the new size
 * from them, lets the {@link CourseLimits} judge it, and stores it with one statement.
 */
public final class JdbiCourseTreeEditor implements EditCourseTreesPort {

  private static final int ATTEMPTS = 5;
  private static final String DEADLOCK = "40P01";
  private static final String SERIALIZATION_FAILURE = "40001";

  private final Jdbi jdbi;
  private final DatabaseFailures failures;

  public JdbiCourseTreeEditor(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
  }

  @Override
  public CourseVersion editCourse(EditCourseCommand command) {
    return change(
        dao -> {
          CourseStateRow edited =
              dao.editCourse(
                      command.course().value(),
                      command.title().orElse(null),
                      command.published().orElse(null))
                  .orElseThrow(() -> new CourseNotFoundException(command.course()));
          VersionMismatchException.check(
              command.course(), command.expectedVersion(), edited.version() - 1);
          return new CourseVersion(command.course(), edited.version());
        });
  }

  @Override
  public void deleteCourse(CourseId course, ExpectedVersion expectedVersion) {
    change(
        dao -> {
          CourseStateRow deleted =
              dao.deleteCourse(course.value())
                  .orElseThrow(() -> new CourseNotFoundException(course));
          VersionMismatchException.check(course, expectedVersion, deleted.version());
          return deleted;
        });
  }

  @Override
  public ChildChange addChild(AddChildCommand command, CourseLimits limits) {
    return change(
        dao -> {
          ParentId parent = command.parent();
          LockedCourses locked;
          if (parent instanceof CourseId course) {
            // A course is its own lock: no need to find it first.
            locked =
                lock(
                    dao,
                    course.value(),
                    course.value(),
                    command.expectedVersion(),
                    () -> new CourseNotFoundException(course));
          } else {
            long course =
                courseOf(dao, parent).orElseThrow(() -> EditCourseTreesPort.parentNotFound(parent));
            locked = lock(dao, course, course, command.expectedVersion(), Retry::new);
            if (courseOf(dao, parent).orElse(-1L) != course) {
              throw new Retry();
            }
          }
          TreeLevel level = TreeLevel.below(parent);
          int siblings = dao.countChildren(level.table, level.parentColumn, parent.value());
          int position = command.position().orElse(siblings + 1);
          InvalidCommandException.checkPosition(position, siblings + 1);
          CourseSize grown = locked.own().size().plus(CourseSize.ofChildUnder(parent));
          InvalidCommandException.requireWithin(limits, grown);
          dao.shiftFrom(level.table, level.parentColumn, parent.value(), position, 1);
          ChildId child = insert(dao, command, level, position);
          resize(dao, new long[] {locked.own().id()}, grown);
          return new ChildChange(child, locked.version());
        });
  }

  @Override
  public ChildChange editChild(EditChildCommand command, CourseLimits limits) {
    return change(
        dao -> {
          ChildId child = command.child();
          TreeLevel level = TreeLevel.of(child);
          Locked locked = lockCourses(dao, child, command.parent(), command.expectedVersion());
          NodePlace place = locked.place();
          LockedCourses courses = locked.courses();
          if (courses.target().id() != courses.own().id()) {
            // The subtree takes its size along into the other course.
            CourseSize subtree = subtreeSize(dao, child);
            CourseSize grown = courses.target().size().plus(subtree);
            InvalidCommandException.requireWithin(limits, grown);
            resize(
                dao,
                new long[] {courses.own().id(), courses.target().id()},
                courses.own().size().minus(subtree),
                grown);
          }
          long targetParent = command.parent().map(ParentId::value).orElse(place.parentId());
          command.title().ifPresent(title -> dao.rename(level.table, child.value(), title));
          command.exerciseType().ifPresent(type -> dao.retype(child.value(), type.code()));
          if (targetParent != place.parentId()) {
            int siblings = dao.countChildren(level.table, level.parentColumn, targetParent);
            int position = command.position().orElse(siblings + 1);
            InvalidCommandException.checkPosition(position, siblings + 1);
            dao.shiftFrom(level.table, level.parentColumn, targetParent, position, 1);
            dao.place(level.table, level.parentColumn, child.value(), targetParent, position);
            dao.shiftFrom(
                level.table, level.parentColumn, place.parentId(), place.position() + 1, -1);
          } else if (command.position().isPresent()
              && command.position().getAsInt() != place.position()) {
            int position = command.position().getAsInt();
            InvalidCommandException.checkPosition(
                position, dao.countChildren(level.table, level.parentColumn, targetParent));
            dao.reorder(
                level.table,
                level.parentColumn,
                targetParent,
                child.value(),
                place.position(),
                position);
          }
          return new ChildChange(child, courses.version());
        });
  }

  @Override
  public CourseVersion deleteChild(ChildId child, ExpectedVersion expectedVersion) {
    return change(
        dao -> {
          TreeLevel level = TreeLevel.of(child);
          Locked locked = lockCourses(dao, child, Optional.empty(), expectedVersion);
          NodePlace place = locked.place();
          CourseSize subtree = subtreeSize(dao, child);
          dao.delete(level.table, child.value());
          dao.shiftFrom(
              level.table, level.parentColumn, place.parentId(), place.position() + 1, -1);
          LockedCourses courses = locked.courses();
          resize(dao, new long[] {courses.own().id()}, courses.own().size().minus(subtree));
          return courses.version();
        });
  }

  /** A node's place as it is once its course is locked, and the locked courses. */
  private record Locked(NodePlace place, LockedCourses courses) {}

  /**
   * The rows of the courses a change locked, as the lock left them: the node's course and the
   * course it moves to (the same row unless it moves to another course).
   */
  private record LockedCourses(CourseStateRow own, CourseStateRow target) {

    CourseVersion version() {
      return new CourseVersion(new CourseId(own.id()), own.version());
    }
  }

  /**
   * Locks the course of the node, and of its new parent if it moves to another course, by bumping
   * their versions, and checks the expected version. The node's place is read again afterwards:
   * until the lock, siblings may shift it. Starts over if the node or the new parent changed course
   * in between.
   */
  private static Locked lockCourses(
      CourseEditDao dao, ChildId child, Optional<ParentId> newParent, ExpectedVersion expected) {
    long course =
        placeOf(dao, child).orElseThrow(() -> new NodeNotFoundException(child)).courseId();
    long target =
        newParent.isEmpty()
            ? course
            : courseOf(dao, newParent.get())
                .orElseThrow(() -> InvalidCommandException.missingParent(newParent.get()));
    LockedCourses courses = lock(dao, course, target, expected, Retry::new);
    NodePlace place = placeOf(dao, child).orElseThrow(() -> new NodeNotFoundException(child));
    if (place.courseId() != course
        || (target != course && courseOf(dao, newParent.get()).orElse(-1L) != target)) {
      throw new Retry();
    }
    return new Locked(place, courses);
  }

  /**
   * Bumps (and so locks) the node's course and, for a move between courses, the target course;
   * checks the expected version of the node's course.
   */
  private static LockedCourses lock(
      CourseEditDao dao,
      long course,
      long targetCourse,
      ExpectedVersion expected,
      Supplier<RuntimeException> whenMissing) {
    long[] ids = course == targetCourse ? new long[] {course} : new long[] {course, targetCourse};
    List<CourseStateRow> bumped = dao.bumpVersions(ids);
    if (bumped.size() != ids.length) {
      throw whenMissing.get();
    }
    CourseStateRow own = row(bumped, course);
    VersionMismatchException.check(new CourseId(course), expected, own.version() - 1);
    return new LockedCourses(own, row(bumped, targetCourse));
  }

  private static CourseStateRow row(List<CourseStateRow> rows, long course) {
    return rows.stream().filter(row -> row.id() == course).findFirst().orElseThrow(Retry::new);
  }

  /** The size of a node with everything below it: one statement unless it is an exercise. */
  private static CourseSize subtreeSize(CourseEditDao dao, ChildId root) {
    if (root instanceof ExerciseId) {
      return CourseSize.ofSubtree(root, 0, 0);
    }
    SubtreeRow below =
        root instanceof ModuleId ? dao.belowModule(root.value()) : dao.belowLesson(root.value());
    return CourseSize.ofSubtree(root, below.lessons(), below.exercises());
  }

  /** Stores the new sizes of locked courses, one for each of their ids. */
  private static void resize(CourseEditDao dao, long[] courses, CourseSize... sizes) {
    long[] nodes = new long[sizes.length];
    long[] exercises = new long[sizes.length];
    for (int c = 0; c < sizes.length; c++) {
      nodes[c] = sizes[c].nodes();
      exercises[c] = sizes[c].exercises();
    }
    dao.resize(courses, nodes, exercises);
  }

  private static ChildId insert(
      CourseEditDao dao, AddChildCommand command, TreeLevel level, int position) {
    long parent = command.parent().value();
    if (level == TreeLevel.EXERCISES) {
      String type = command.exerciseType().map(ExerciseType::code).orElseThrow();
      return new ExerciseId(dao.insertExercise(parent, type, command.title(), position));
    }
    long id = dao.insertChild(level.table, level.parentColumn, parent, command.title(), position);
    return level == TreeLevel.MODULES ? new ModuleId(id) : new LessonId(id);
  }

  private static Optional<NodePlace> placeOf(CourseEditDao dao, ChildId child) {
    if (child instanceof ModuleId) {
      return dao.placeOfModule(child.value());
    }
    return child instanceof LessonId
        ? dao.placeOfLesson(child.value())
        : dao.placeOfExercise(child.value());
  }

  /** The course a parent belongs to (a course is its own), if the parent exists. */
  private static Optional<Long> courseOf(CourseEditDao dao, ParentId parent) {
    if (parent instanceof CourseId course) {
      return dao.courseState(course.value()).map(CourseStateRow::id);
    }
    return placeOf(dao, (ChildId) parent).map(NodePlace::courseId);
  }

  /** Runs a change in a transaction of its own, starting over when it collided with another. */
  private <T> T change(Function<CourseEditDao, T> change) {
    return failures.guard(() -> attempt(change));
  }

  private <T> T attempt(Function<CourseEditDao, T> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(handle -> change.apply(handle.attach(CourseEditDao.class)));
      } catch (Retry | JdbiException e) {
        if (!(e instanceof Retry || isCollision(e))) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new ConcurrentChangeException(
              "The change collided with others " + ATTEMPTS + " times; try again", e);
        }
      }
    }
  }

  private static boolean isCollision(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (DEADLOCK.equals(sql.getSQLState())
              || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** Thrown inside a change to undo it and start over: the tree moved under it. */
  private static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retry() {
      super(null, null, false, false);
    }
  }
}
