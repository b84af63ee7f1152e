package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import java.util.List;
import java.util.Optional;

/**
 * The read statements of the course aggregate. Each {@code …Of(long[])} statement reads one level
 * for any number of parents with one array parameter, and {@code levelsOf} sends the levels below
 * some courses together, in one round trip; the single-parent ones exist for the naive loader,
 * which shows what reading parent by parent costs.
 *
 * <p>The exercises, the level with the most rows by far, go into their lessons' lists row by row
 * instead of coming back as a list, and are fetched from the server {@code rowsPerFetch} rows at a
 * time (inside a transaction: PostgreSQL's driver reads every row at once otherwise). No more than
 * one batch of raw rows is alive at once however large the course.
 *
 * <p>Every read of a tree attaches it to its handle, {@code handle.attach(CourseTreeDao.class)}, as
 * the other DAOs are; {@link CourseTreeQueries} implements it. The batched statements' text is in
 * {@link CourseTreeStatements}, which the benchmarks read too.
 */
interface CourseTreeDao {

  List<CourseRow> coursesWithIds(long[] ids);

  List<CourseRow> coursesAfter(long after, Boolean published, int limit);

  List<ModuleRow> modulesOf(long[] courseIds);

  List<LessonRow> lessonsOf(long[] moduleIds);

  /**
   * The modules and lessons of the courses, as {@link #modulesOf} and {@link #lessonsOf} read them,
   * in one round trip: the two statements go to the server together. With {@code commit}, the
   * transaction's commit goes with them: only for the last statements of a transaction the read
   * began itself, since a statement after them would run in a transaction of its own.
   */
  ModulesAndLessons modulesAndLessonsOf(long[] courseIds, boolean commit);

  /**
   * The modules, lessons and exercises of the courses in one round trip, the exercises going into
   * their lessons' lists; every row at once, so only for a read that {@code exercisesOf} would
   * fetch in one batch. {@code commit} as for {@link #modulesAndLessonsOf}.
   */
  ModulesAndLessons levelsOf(
      long[] courseIds, ChildrenByParent<ExerciseList.Builder, Exercise> into, boolean commit);

  /** Adds the exercises of these lessons to their lists as the rows come in. */
  void exercisesOf(
      long[] lessonIds, int rowsPerFetch, ChildrenByParent<ExerciseList.Builder, Exercise> into);

  Optional<PathRow> pathOfModule(long moduleId);

  Optional<PathRow> pathOfLesson(long lessonId);

  List<ModuleRow> modulesOfCourse(long courseId);

  List<LessonRow> lessonsOfModule(long moduleId);

  void exercisesOfLesson(long lessonId, ChildrenByParent<ExerciseList.Builder, Exercise> into);

  /** The rows of two levels, in the order of their statements. */
  record ModulesAndLessons(List<ModuleRow> modules, List<LessonRow> lessons) {}
}
