package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link CourseTreeDao} written out with Jdbi's fluent API, where the other DAOs are SqlObjects.
 * Every tree read attaches it, and attaching a SqlObject builds a handler, with a copy of the
 * configuration, for each method the interface declares: 63 KiB of garbage on every request for
 * this DAO's eight methods, a fifth of what an S-sized read allocated through HTTP. Attached
 * through {@link #FACTORY}, it costs one small object, and each statement still runs in the context
 * of its DAO method: the profiler, the N+1 guard, the statement timers and the {@code /* Dao.method
 * *} {@code /} comment name it exactly as they name a SqlObject's statements.
 */
final class CourseTreeQueries implements CourseTreeDao {

  /** Attaches {@link CourseTreeDao}s to handles; registered on the Jdbi by {@link Daos}. */
  static final ExtensionFactory FACTORY =
      new ExtensionFactory() {
        @Override
        public boolean accepts(Class<?> extensionType) {
          return extensionType == CourseTreeDao.class;
        }

        @Override
        public <E> E attach(Class<E> extensionType, HandleSupplier handles) {
          return extensionType.cast(new CourseTreeQueries(handles));
        }

        @Override
        public Set<FactoryFlag> getFactoryFlags() {
          // Not a proxy with handlers: the object is made by attach() itself.
          return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
        }
      };

  private static final Method COURSES_WITH_IDS = method("coursesWithIds", long[].class);
  private static final Method COURSES_AFTER =
      method("coursesAfter", long.class, Boolean.class, int.class);
  private static final Method MODULES_OF = method("modulesOf", long[].class);
  private static final Method LESSONS_OF = method("lessonsOf", long[].class);
  private static final Method EXERCISES_OF =
      method("exercisesOf", long[].class, int.class, ChildrenByParent.class);
  private static final Method MODULES_AND_LESSONS_OF =
      method("modulesAndLessonsOf", long[].class, boolean.class);
  private static final Method LEVELS_OF =
      method("levelsOf", long[].class, ChildrenByParent.class, boolean.class);
  private static final Method PATH_OF_MODULE = method("pathOfModule", long.class);
  private static final Method PATH_OF_LESSON = method("pathOfLesson", long.class);
  private static final Method MODULES_OF_COURSE = method("modulesOfCourse", long.class);
  private static final Method LESSONS_OF_MODULE = method("lessonsOfModule", long.class);
  private static final Method EXERCISES_OF_LESSON =
      method("exercisesOfLesson", long.class, ChildrenByParent.class);

  private final HandleSupplier handles;

  private CourseTreeQueries(HandleSupplier handles) {
    this.handles = handles;
  }

  @Override
  public List<CourseRow> coursesWithIds(long[] ids) {
    return run(
        COURSES_WITH_IDS,
        handle ->
            handle
                .createQuery(CourseTreeStatements.COURSES_WITH_IDS)
                .bind("ids", new BigintArray(ids))
                .map(CourseRow.MAPPER)
                .list());
  }

  @Override
  public List<CourseRow> coursesAfter(long after, Boolean published, int limit) {
    return run(
        COURSES_AFTER,
        handle ->
            handle
                .createQuery(CourseTreeStatements.COURSES_AFTER)
                .bind("after", after)
                .bind("published", published)
                .bind("limit", limit)
                .map(CourseRow.MAPPER)
                .list());
  }

  @Override
  public List<ModuleRow> modulesOf(long[] courseIds) {
    return run(
        MODULES_OF,
        handle ->
            handle
                .createQuery(CourseTreeStatements.MODULES_OF)
                .bind("courseIds", new BigintArray(courseIds))
                .map(ModuleRow.MAPPER)
                .list());
  }

  @Override
  public List<LessonRow> lessonsOf(long[] moduleIds) {
    return run(
        LESSONS_OF,
        handle ->
            handle
                .createQuery(CourseTreeStatements.LESSONS_OF)
                .bind("moduleIds", new BigintArray(moduleIds))
                .map(LessonRow.MAPPER)
                .list());
  }

  @Override
  public void exercisesOf(
      long[] lessonIds, int rowsPerFetch, ChildrenByParent<ExerciseList.Builder, Exercise> into) {
    run(
        EXERCISES_OF,
        handle ->
            handle
                .createQuery(CourseTreeStatements.EXERCISES_OF)
                .bind("lessonIds", new BigintArray(lessonIds))
                .setFetchSize(rowsPerFetch)
                .reduceResultSet(into, ExerciseColumns.INTO_LESSONS));
  }

  @Override
  public ModulesAndLessons modulesAndLessonsOf(long[] courseIds, boolean commit) {
    String statements =
        commit
            ? CourseTreeStatements.MODULES_AND_LESSONS_OF_COURSES_THEN_COMMIT
            : CourseTreeStatements.MODULES_AND_LESSONS_OF_COURSES;
    return run(MODULES_AND_LESSONS_OF, handle -> levels(handle, statements, courseIds, null));
  }

  @Override
  public ModulesAndLessons levelsOf(
      long[] courseIds, ChildrenByParent<ExerciseList.Builder, Exercise> into, boolean commit) {
    String statements =
        commit
            ? CourseTreeStatements.LEVELS_OF_COURSES_THEN_COMMIT
            : CourseTreeStatements.LEVELS_OF_COURSES;
    return run(LEVELS_OF, handle -> levels(handle, statements, courseIds, into));
  }

  /**
   * Runs statements sent together and reads their results in turn: modules, lessons, then, if
   * {@code into} is given, the exercises into it (a commit after them has no rows to read). Each
   * row is counted as Jdbi counts mapped rows.
   */
  private static ModulesAndLessons levels(
      Handle handle,
      String statements,
      long[] courseIds,
      ChildrenByParent<ExerciseList.Builder, Exercise> into) {
    return handle
        .createQuery(statements)
        .bind("courseIds", new BigintArray(courseIds))
        .execute(
            (executed, context) -> {
              try {
                PreparedStatement results = executed.get();
                List<ModuleRow> modules = rows(results.getResultSet(), ModuleRow.MAPPER, context);
                List<LessonRow> lessons = rows(next(results), LessonRow.MAPPER, context);
                if (into != null) {
                  ResultSet exercises = next(results);
                  while (exercises.next()) {
                    ExerciseColumns.INTO_LESSONS.apply(into, exercises, context);
                  }
                }
                return new ModulesAndLessons(modules, lessons);
              } finally {
                context.close();
              }
            });
  }

  private static ResultSet next(PreparedStatement results) throws SQLException {
    if (!results.getMoreResults()) {
      throw new IllegalStateException("a statement sent together with others returned no result");
    }
    return results.getResultSet();
  }

  private static <R> List<R> rows(ResultSet results, RowMapper<R> mapper, StatementContext context)
      throws SQLException {
    List<R> rows = new ArrayList<>();
    while (results.next()) {
      rows.add(mapper.map(results, context));
    }
    context.setMappedRows(context.getMappedRows() + rows.size());
    return rows;
  }

  @Override
  public Optional<PathRow> pathOfModule(long moduleId) {
    return run(
        PATH_OF_MODULE,
        handle ->
            handle
                .createQuery(CourseTreeStatements.PATH_OF_MODULE)
                .bind("moduleId", moduleId)
                .map(PathRow.MAPPER)
                .findOne());
  }

  @Override
  public Optional<PathRow> pathOfLesson(long lessonId) {
    return run(
        PATH_OF_LESSON,
        handle ->
            handle
                .createQuery(CourseTreeStatements.PATH_OF_LESSON)
                .bind("lessonId", lessonId)
                .map(PathRow.MAPPER)
                .findOne());
  }

  @Override
  public List<ModuleRow> modulesOfCourse(long courseId) {
    return run(
        MODULES_OF_COURSE,
        handle ->
            handle
                .createQuery(
                    """
                    select id, course_id, title, position from course_modules
                    where course_id = :courseId order by position""")
                .bind("courseId", courseId)
                .map(ModuleRow.MAPPER)
                .list());
  }

  @Override
  public List<LessonRow> lessonsOfModule(long moduleId) {
    return run(
        LESSONS_OF_MODULE,
        handle ->
            handle
                .createQuery(
                    """
                    select id, module_id, title, position from lessons
                    where module_id = :moduleId order by position""")
                .bind("moduleId", moduleId)
                .map(LessonRow.MAPPER)
                .list());
  }

  @Override
  public void exercisesOfLesson(
      long lessonId, ChildrenByParent<ExerciseList.Builder, Exercise> into) {
    run(
        EXERCISES_OF_LESSON,
        handle ->
            handle
                .createQuery(
                    """
                    select id, lesson_id, type, title, position from exercises
                    where lesson_id = :lessonId order by position""")
                .bind("lessonId", lessonId)
                .reduceResultSet(into, ExerciseColumns.INTO_LESSONS));
  }

  /** Runs a statement as the DAO method {@code method}, which is what names it. */
  private <T> T run(Method method, Function<Handle, T> statement) {
    ExtensionContext context =
        ExtensionContext.forExtensionMethod(handles.getConfig(), CourseTreeDao.class, method);
    try {
      return handles.invokeInContext(context, () -> statement.apply(handles.getHandle()));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // the statements throw no checked exception
    }
  }

  private static Method method(String name, Class<?>... parameters) {
    try {
      return CourseTreeDao.class.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
