package dev.syllabus.adapter.out.persistence;

import static dev.syllabus.adapter.out.persistence.CourseTreeAssembler.ids;

import dev.syllabus.domain.course.Course;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: loads course trees with one statement per aggregate level for the whole request
 * (courses, then all their modules, lessons and exercises by {@code = any(:ids)}), however many
 * courses and however large, and assembles them in memory. With a maximum of parent ids per
 * statement, a level below the courses costs ceil(parents / maximum) statements instead.
 */
public final class JdbiCourseTreeLoader extends CourseTreeReader {

  /** Large enough that ordinary courses, and pages of them, cost one statement per level. */
  public static final int DEFAULT_MAX_IDS_PER_STATEMENT = 10_000;

  private final IdChunks chunks;

  public JdbiCourseTreeLoader(Jdbi jdbi) {
    this(jdbi, DEFAULT_MAX_IDS_PER_STATEMENT);
  }

  public JdbiCourseTreeLoader(Jdbi jdbi, int maxIdsPerStatement) {
    super(jdbi);
    this.chunks = new IdChunks(maxIdsPerStatement);
  }

  @Override
  List<Course> withChildren(CourseTreeDao dao, List<CourseRow> courses) {
    List<ModuleRow> modules = chunks.query(ids(courses, CourseRow::id), dao::modulesOf);
    List<LessonRow> lessons = chunks.query(ids(modules, ModuleRow::id), dao::lessonsOf);
    List<ExerciseRow> exercises = chunks.query(ids(lessons, LessonRow::id), dao::exercisesOf);
    return CourseTreeAssembler.assemble(courses, modules, lessons, exercises);
  }
}
