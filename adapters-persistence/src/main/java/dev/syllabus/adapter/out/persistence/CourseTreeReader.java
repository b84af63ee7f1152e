package dev.syllabus.adapter.out.persistence;

import static dev.syllabus.adapter.out.persistence.CourseTreeAssembler.ids;

import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.TreeDepth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * What both Jdbi loaders share: which courses or which node to start from, how far down to go, on
 * one handle per call. They differ only in how they read one level below its parents. Whatever the
 * start (courses, a module, a lesson) and the depth, a level is read only if the depth reaches it,
 * and the levels above the start come with the statement that finds the start.
 *
 * <p>Each call is one transaction, so that a level can be fetched in batches (the driver needs a
 * transaction for a cursor), and so that the levels come from one snapshot (on a Jdbi whose
 * sessions make it a snapshot, as the service's reads). It costs no statement: the driver sends the
 * begin with the first statement. Inside a unit of work the call joins that transaction; otherwise
 * the transaction is the call's own, and where the levels below the courses go to the server
 * together they are its last statements and take its commit with them, which would otherwise be a
 * round trip of its own.
 */
abstract sealed class CourseTreeReader implements LoadCourseTreesPort
    permits JdbiCourseTreeLoader, NaiveJdbiCourseTreeLoader {

  /**
   * A read of more exercises than this keeps their titles compact ({@link
   * dev.syllabus.domain.course.ExerciseList#compactBuilder}): a third of the memory while the
   * answer is written, for a new string per title written. Above it, the L shape (100,000
   * exercises) read by four clients at once in 256 MiB met full collections without; below it, a
   * page of small courses (12,000) and the M shape (5,000) would pay the strings for nothing.
   */
  static final long DEFAULT_COMPACT_ABOVE_EXERCISES = 20_000;

  private final Jdbi jdbi;
  private final DatabaseFailures failures;
  private final ReplicaRouter routing;
  private final long compactAboveExercises;

  CourseTreeReader(Jdbi jdbi, long compactAboveExercises) {
    this.compactAboveExercises = compactAboveExercises;
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
    this.routing = ReadRouting.of(jdbi);
  }

  /** The modules of the courses, ordered by course and position; nothing for no courses. */
  abstract List<ModuleRow> modulesOf(CourseTreeDao dao, long[] courseIds);

  /** The lessons of the modules, ordered by module and position; nothing for no modules. */
  abstract List<LessonRow> lessonsOf(CourseTreeDao dao, long[] moduleIds);

  /** Each exercise of the lessons into its lesson's list, in position order, as it is read. */
  abstract void exercisesOf(
      CourseTreeDao dao, long[] lessonIds, ChildrenByParent<ExerciseList.Builder, Exercise> into);

  @Override
  public final List<Course> loadCourseTrees(Collection<CourseId> ids, TreeDepth depth) {
    long[] courseIds = ids.stream().mapToLong(CourseId::value).distinct().toArray();
    if (courseIds.length == 0) {
      return List.of();
    }
    return read(
        (dao, ownTransaction) -> {
          List<CourseRow> courses = dao.coursesWithIds(courseIds);
          if (courseIds.length == 1) {
            requireSeen(courses.isEmpty() ? Optional.empty() : Optional.of(courses.get(0)));
          }
          return belowCourses(dao, courses, depth, ownTransaction);
        });
  }

  @Override
  public final CourseTreeSlice loadCourseTrees(CourseTreeFilter filter, TreeDepth depth) {
    return read(
        (dao, ownTransaction) -> {
          // One row more than asked says whether another page follows, without its tree;
          // the sizes stored with the rows end the page before any exercise is read.
          List<CourseRow> courses =
              dao.coursesAfter(
                  filter.after().map(CourseId::value).orElse(0L),
                  filter.published().orElse(null),
                  filter.limit() + 1);
          int inSlice = filter.coursesInSlice(courses.stream().map(CourseRow::size).toList());
          return new CourseTreeSlice(
              belowCourses(dao, courses.subList(0, inSlice), depth, ownTransaction),
              courses.size() > inSlice);
        });
  }

  @Override
  public final Optional<Course> loadSubtree(ChildId node, TreeDepth depth) {
    if (node instanceof ExerciseId) {
      throw new IllegalArgumentException("an exercise has no subtree");
    }
    return read(
        (dao, ownTransaction) ->
            (node instanceof ModuleId
                    ? dao.pathOfModule(node.value())
                    : dao.pathOfLesson(node.value()))
                .map(
                    path -> {
                      requireSeen(Optional.of(path.course()));
                      return belowPath(dao, path, depth);
                    }));
  }

  /**
   * On a replica, that its row of the course is no older than the version the client has seen: a
   * replica behind it costs the client this one statement, and the read runs on the primary.
   */
  private void requireSeen(Optional<CourseRow> course) {
    routing.requireSeen(
        course.map(row -> OptionalLong.of(row.version())).orElse(OptionalLong.empty()));
  }

  /** The course of the path, holding the path alone and what lies below its end. */
  private Course belowPath(CourseTreeDao dao, PathRow path, TreeDepth depth) {
    List<CourseRow> course = List.of(path.course());
    List<ModuleRow> module = List.of(path.module());
    return (path.lesson() == null
            ? belowModules(dao, course, module, depth)
            : belowLessons(dao, course, module, List.of(path.lesson()), depth))
        .get(0);
  }

  /**
   * The courses with what lies below them down to the depth: here, one level after another. These
   * are the read's last statements; {@code ownTransaction} says whether its transaction is the
   * read's own, whose commit they may take with them.
   */
  List<Course> belowCourses(
      CourseTreeDao dao, List<CourseRow> courses, TreeDepth depth, boolean ownTransaction) {
    return belowModules(dao, courses, modulesOf(dao, ids(courses, CourseRow::id)), depth);
  }

  private List<Course> belowModules(
      CourseTreeDao dao, List<CourseRow> courses, List<ModuleRow> modules, TreeDepth depth) {
    List<LessonRow> lessons =
        depth.includesLessons() ? lessonsOf(dao, ids(modules, ModuleRow::id)) : List.of();
    return belowLessons(dao, courses, modules, lessons, depth);
  }

  private List<Course> belowLessons(
      CourseTreeDao dao,
      List<CourseRow> courses,
      List<ModuleRow> modules,
      List<LessonRow> lessons,
      TreeDepth depth) {
    ChildrenByParent<ExerciseList.Builder, Exercise> exercises = exercisesFor(courses);
    if (depth.includesExercises()) {
      exercisesOf(dao, ids(lessons, LessonRow::id), exercises);
    }
    return CourseTreeAssembler.assemble(courses, modules, lessons, exercises);
  }

  /** Where the exercises of these courses go as they are read: compact for a large read. */
  final ChildrenByParent<ExerciseList.Builder, Exercise> exercisesFor(List<CourseRow> courses) {
    return ChildrenByParent.packedExercises(sizeOf(courses).exercises() > compactAboveExercises);
  }

  /** The nodes and exercises of the courses together, as their rows store them. */
  static CourseSize sizeOf(List<CourseRow> courses) {
    CourseSize size = CourseSize.EMPTY;
    for (CourseRow course : courses) {
      size = size.plus(course.size());
    }
    return size;
  }

  /**
   * Runs the reads in the transaction of the unit of work open on this thread, if any (Jdbi hands
   * the call that unit's handle), else in one of their own.
   */
  private <T> T read(Reads<T> reads) {
    return routing.read(
        () ->
            failures.guard(
                () ->
                    jdbi.withHandle(
                        handle -> {
                          CourseTreeDao dao = handle.attach(CourseTreeDao.class);
                          return handle.isInTransaction()
                              ? reads.apply(dao, false)
                              : handle.inTransaction(own -> reads.apply(dao, true));
                        })));
  }

  /** Reads on the DAO, told whether their transaction is their own. */
  @FunctionalInterface
  private interface Reads<T> {
    T apply(CourseTreeDao dao, boolean ownTransaction);
  }
}
