package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LockedCourse;
import dev.syllabus.application.port.out.NewChild;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Insertion;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.Move;
import dev.syllabus.domain.course.NodePlace;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.course.Shift;
import dev.syllabus.domain.course.Siblings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: reads places and sibling counts, and applies the changes the domain decided with
 * one set-based statement each (a shift of siblings is one {@code update … set position = position
 * + 1}). Locking a course bumps its version, which takes its row lock: concurrent changes within a
 * course queue up there. Every call joins the unit of work around it ({@link JdbiUnitOfWork}).
 */
public final class JdbiCourseTreeEditor implements EditCourseTreesPort {

  private final Jdbi jdbi;
  private final DatabaseFailures failures;

  public JdbiCourseTreeEditor(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
  }

  @Override
  public Optional<NodePlace> placeOf(ChildId node) {
    return call(dao -> placeRow(dao, node).map(row -> place(node, row)));
  }

  @Override
  public Optional<CourseId> courseOf(ParentId parent) {
    if (parent instanceof CourseId course) {
      return failures.guard(
          () ->
              jdbi.withExtension(
                  CourseStateDao.class, dao -> dao.courseState(course.value()).map(row -> course)));
    }
    return call(dao -> placeRow(dao, (ChildId) parent).map(row -> new CourseId(row.courseId())));
  }

  @Override
  public Siblings siblingsOf(ParentId parent) {
    TreeLevel level = TreeLevel.below(parent);
    return call(
        dao ->
            new Siblings(
                parent, dao.countChildren(level.table, level.parentColumn, parent.value())));
  }

  @Override
  public List<LockedCourse> lockCourses(Collection<CourseId> courses) {
    long[] ids = courses.stream().mapToLong(CourseId::value).toArray();
    return call(dao -> dao.bumpVersions(ids).stream().map(JdbiCourseTreeEditor::bumped).toList());
  }

  @Override
  public CourseSize sizeOf(ChildId node) {
    if (node instanceof ExerciseId) {
      return CourseSize.ofSubtree(node, 0, 0);
    }
    SubtreeRow below =
        call(
            dao ->
                node instanceof ModuleId
                    ? dao.belowModule(node.value())
                    : dao.belowLesson(node.value()));
    return CourseSize.ofSubtree(node, below.lessons(), below.exercises());
  }

  @Override
  public void storeSizes(Map<CourseId, CourseSize> sizes) {
    List<Map.Entry<CourseId, CourseSize>> entries = List.copyOf(sizes.entrySet());
    call(
        dao -> {
          dao.resize(
              entries.stream().mapToLong(e -> e.getKey().value()).toArray(),
              entries.stream().mapToLong(e -> e.getValue().nodes()).toArray(),
              entries.stream().mapToLong(e -> e.getValue().exercises()).toArray());
          return null;
        });
  }

  @Override
  public ChildId insert(Insertion insertion, NewChild child) {
    TreeLevel level = TreeLevel.below(insertion.parent());
    long parent = insertion.parent().value();
    return call(
        dao -> {
          shift(dao, level, insertion.opening());
          if (level == TreeLevel.EXERCISES) {
            String type = child.type().map(ExerciseType::code).orElseThrow();
            return new ExerciseId(
                dao.insertExercise(parent, type, child.title(), insertion.position()));
          }
          long id =
              dao.insertChild(
                  level.table, level.parentColumn, parent, child.title(), insertion.position());
          return level == TreeLevel.MODULES ? new ModuleId(id) : new LessonId(id);
        });
  }

  @Override
  public void move(Move move) {
    TreeLevel level = TreeLevel.of(move.from().node());
    call(
        dao -> {
          if (move instanceof Move.Reordering reordering) {
            Shift passed = reordering.passed();
            dao.reorder(
                level.table,
                level.parentColumn,
                passed.parent().value(),
                reordering.from().node().value(),
                reordering.to(),
                passed.from(),
                passed.to(),
                passed.by());
          } else if (move instanceof Move.Transfer transfer) {
            shift(dao, level, transfer.to().opening());
            dao.place(
                level.table,
                level.parentColumn,
                transfer.from().node().value(),
                transfer.to().parent().value(),
                transfer.to().position());
            shift(dao, level, transfer.from().closing());
          }
          return null;
        });
  }

  @Override
  public void delete(NodePlace node) {
    TreeLevel level = TreeLevel.of(node.node());
    call(
        dao -> {
          dao.delete(level.table, node.node().value());
          shift(dao, level, node.closing());
          return null;
        });
  }

  @Override
  public void rename(ChildId node, String title) {
    call(
        dao -> {
          dao.rename(TreeLevel.of(node).table, node.value(), title);
          return null;
        });
  }

  @Override
  public void retype(ExerciseId exercise, ExerciseType type) {
    call(
        dao -> {
          dao.retype(exercise.value(), type.code());
          return null;
        });
  }

  @Override
  public Optional<LockedCourse> editCourse(
      CourseId course, Optional<String> title, Optional<Boolean> published) {
    return call(
        dao ->
            dao.editCourse(course.value(), title.orElse(null), published.orElse(null))
                .map(JdbiCourseTreeEditor::bumped));
  }

  @Override
  public Optional<LockedCourse> deleteCourse(CourseId course) {
    return call(
        dao ->
            dao.deleteCourse(course.value())
                .map(row -> new LockedCourse(new CourseId(row.id()), row.version(), row.size())));
  }

  private static void shift(CourseEditDao dao, TreeLevel level, Shift shift) {
    dao.shift(
        level.table,
        level.parentColumn,
        shift.parent().value(),
        shift.from(),
        shift.to(),
        shift.by());
  }

  /** A course row just bumped, with the version it had before. */
  private static LockedCourse bumped(CourseStateRow row) {
    return new LockedCourse(new CourseId(row.id()), row.version() - 1, row.size());
  }

  private static Optional<PlaceRow> placeRow(CourseEditDao dao, ChildId node) {
    if (node instanceof ModuleId) {
      return dao.placeOfModule(node.value());
    }
    return node instanceof LessonId
        ? dao.placeOfLesson(node.value())
        : dao.placeOfExercise(node.value());
  }

  private static NodePlace place(ChildId node, PlaceRow row) {
    ParentId parent;
    if (node instanceof ModuleId) {
      parent = new CourseId(row.parentId());
    } else if (node instanceof LessonId) {
      parent = new ModuleId(row.parentId());
    } else {
      parent = new LessonId(row.parentId());
    }
    return new NodePlace(node, new CourseId(row.courseId()), parent, row.position());
  }

  private <T> T call(Function<CourseEditDao, T> statements) {
    return failures.guard(() -> jdbi.withExtension(CourseEditDao.class, statements::apply));
  }
}
