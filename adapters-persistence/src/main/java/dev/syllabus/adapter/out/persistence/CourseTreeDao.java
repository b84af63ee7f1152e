package dev.syllabus.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The read statements of the course aggregate. Each {@code …Of(long[])} statement reads one level
 * for any number of parents with one array parameter; the single-parent ones exist for the naive
 * loader, which shows what reading parent by parent costs.
 *
 * <p>The exercises, the level with the most rows by far, are handed over one row at a time instead
 * of as a list, and fetched from the server {@code rowsPerFetch} rows at a time (inside a
 * transaction: PostgreSQL's driver reads every row at once otherwise). No more than one batch of
 * raw rows, and one row record, is alive at once however large the course.
 *
 * <p>The batched statements' text is in {@link CourseTreeStatements}, which the benchmarks read
 * too.
 */
interface CourseTreeDao {

  @SqlQuery(CourseTreeStatements.COURSES_WITH_IDS)
  List<CourseRow> coursesWithIds(@Bind("ids") long[] ids);

  @SqlQuery(CourseTreeStatements.COURSES_AFTER)
  List<CourseRow> coursesAfter(
      @Bind("after") long after, @Bind("published") Boolean published, @Bind("limit") int limit);

  @SqlQuery(CourseTreeStatements.MODULES_OF)
  List<ModuleRow> modulesOf(@Bind("courseIds") long[] courseIds);

  @SqlQuery(CourseTreeStatements.LESSONS_OF)
  List<LessonRow> lessonsOf(@Bind("moduleIds") long[] moduleIds);

  @SqlQuery(CourseTreeStatements.EXERCISES_OF)
  ResultIterable<ExerciseRow> exercisesOf(
      @Bind("lessonIds") long[] lessonIds, @FetchSize int rowsPerFetch);

  @SqlQuery(CourseTreeStatements.PATH_OF_MODULE)
  Optional<PathRow> pathOfModule(@Bind("moduleId") long moduleId);

  @SqlQuery(CourseTreeStatements.PATH_OF_LESSON)
  Optional<PathRow> pathOfLesson(@Bind("lessonId") long lessonId);

  @SqlQuery(
      """
      select id, course_id, title, position from course_modules
      where course_id = :courseId order by position""")
  List<ModuleRow> modulesOfCourse(@Bind("courseId") long courseId);

  @SqlQuery(
      """
      select id, module_id, title, position from lessons
      where module_id = :moduleId order by position""")
  List<LessonRow> lessonsOfModule(@Bind("moduleId") long moduleId);

  @SqlQuery(
      """
      select id, lesson_id, type, title, position from exercises
      where lesson_id = :lessonId order by position""")
  List<ExerciseRow> exercisesOfLesson(@Bind("lessonId") long lessonId);
}
