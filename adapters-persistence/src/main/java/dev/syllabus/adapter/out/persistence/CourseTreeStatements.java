package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batched loader's read statements, one per aggregate level, and the reads of progress, in the
 * text their DAOs run. Public so that a measurement of the bare rows (the benchmarks' row floor)
 * runs the very statements the service runs, not a copy that drifts from them.
 */
public final class CourseTreeStatements {

  public static final String COURSES_WITH_IDS =
      """
      select id, title, published, version, node_count, exercise_count from courses
      where id = any(:ids) order by id""";

  /** A page of courses; {@code :limit} is one more than the page, to tell whether more follow. */
  public static final String COURSES_AFTER =
      """
      select id, title, published, version, node_count, exercise_count from courses
      where id > :after and (cast(:published as boolean) is null or published = :published)
      order by id
      limit :limit""";

  public static final String MODULES_OF =
      """
      select id, course_id, title, position from course_modules
      where course_id = any(:courseIds) order by course_id, position""";

  public static final String LESSONS_OF =
      """
      select id, module_id, title, position from lessons
      where module_id = any(:moduleIds) order by module_id, position""";

  /** Fetched {@link JdbiCourseTreeLoader#DEFAULT_EXERCISES_PER_FETCH} rows at a time. */
  public static final String EXERCISES_OF =
      """
      select id, lesson_id, type, title, position from exercises
      where lesson_id = any(:lessonIds) order by lesson_id, position""";

  /**
   * The lessons of some courses' modules, as {@link #LESSONS_OF} reads them: the module ids come
   * from the database itself, so that the statement can go with the modules' in one round trip.
   */
  public static final String LESSONS_OF_COURSES =
      """
      select id, module_id, title, position from lessons
      where module_id = any(array(select id from course_modules where course_id = any(:courseIds)))
      order by module_id, position""";

  /**
   * The exercises of some courses' lessons, as {@link #EXERCISES_OF} reads them, with the lesson
   * ids from the database: each id list is an init plan on the same indexes the separate statements
   * use.
   */
  public static final String EXERCISES_OF_COURSES =
      """
      select id, lesson_id, type, title, position from exercises
      where lesson_id = any(array(select id from lessons
        where module_id = any(array(select id from course_modules where course_id = any(:courseIds)))))
      order by lesson_id, position""";

  /**
   * The modules and lessons of some courses, two statements sent together: one round trip, the rows
   * of each in turn.
   */
  public static final String MODULES_AND_LESSONS_OF_COURSES =
      MODULES_OF + ";\n" + LESSONS_OF_COURSES;

  /** The modules, lessons and exercises of some courses: three statements in one round trip. */
  public static final String LEVELS_OF_COURSES =
      MODULES_AND_LESSONS_OF_COURSES + ";\n" + EXERCISES_OF_COURSES;

  /**
   * {@link #MODULES_AND_LESSONS_OF_COURSES}, then the commit of the read's own transaction in the
   * same round trip, which the driver would otherwise send alone: for the last statements of a read
   * that began its transaction itself ({@link CourseTreeReader}).
   */
  public static final String MODULES_AND_LESSONS_OF_COURSES_THEN_COMMIT =
      MODULES_AND_LESSONS_OF_COURSES + ";\ncommit";

  /**
   * {@link #LEVELS_OF_COURSES}, then the commit, as {@link
   * #MODULES_AND_LESSONS_OF_COURSES_THEN_COMMIT}.
   */
  public static final String LEVELS_OF_COURSES_THEN_COMMIT = LEVELS_OF_COURSES + ";\ncommit";

  /** Where a module is: its course's columns, then its own. */
  public static final String PATH_OF_MODULE =
      """
      select c.id, c.title, c.published, c.version, c.node_count, c.exercise_count,
        m.id, m.course_id, m.title, m.position
      from course_modules m join courses c on c.id = m.course_id
      where m.id = :moduleId""";

  /** Where a lesson is: its course's columns, its module's, then its own. */
  public static final String PATH_OF_LESSON =
      """
      select c.id, c.title, c.published, c.version, c.node_count, c.exercise_count,
        m.id, m.course_id, m.title, m.position, l.id, l.module_id, l.title, l.position
      from lessons l join course_modules m on m.id = l.module_id join courses c on c.id = m.course_id
      where l.id = :lessonId""";

  /**
   * Completed and total exercises per lesson of some modules, for one learner, without reading the
   * exercises' columns: what the progress of a read that stops above the exercises counts.
   */
  public static final String LESSON_PROGRESS =
      """
      select l.module_id, l.id, count(c.exercise_id), count(e.id)
      from lessons l
      left join exercises e on e.lesson_id = l.id
      left join exercise_completions c on c.exercise_id = e.id and c.learner_id = :learnerId
      where l.module_id = any(:moduleIds)
      group by l.module_id, l.id""";

  /**
   * The courses in which a learner completed something, by id after {@code :after}, with their
   * completions counted and the exercise count stored beside each course; {@code :limit} is one
   * more than the page, to tell whether more follow.
   */
  public static final String COURSES_IN_PROGRESS =
      """
      select c.id, c.title, count(*), c.exercise_count
      from exercise_completions done
      join exercises e on e.id = done.exercise_id
      join lessons l on l.id = e.lesson_id
      join course_modules m on m.id = l.module_id
      join courses c on c.id = m.course_id
      where done.learner_id = :learnerId and c.id > :after and (c.published or :withDrafts)
      group by c.id
      order by c.id
      limit :limit""";

  /** A {@code :name} outside quotes; the statements above hold no quotes and no {@code ::} cast. */
  private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

  private CourseTreeStatements() {}

  /** A statement as plain JDBC takes it: a {@code ?} for each named parameter, names in order. */
  public record Jdbc(String sql, List<String> parameters) {
    public Jdbc {
      parameters = List.copyOf(parameters);
    }
  }

  /** One of the statements above as JDBC takes it, as Jdbi's colon-prefix parser rewrites it. */
  public static Jdbc jdbc(String statement) {
    List<String> names = new ArrayList<>();
    Matcher named = NAMED.matcher(statement);
    StringBuilder sql = new StringBuilder();
    while (named.find()) {
      names.add(named.group(1));
      named.appendReplacement(sql, "?");
    }
    named.appendTail(sql);
    return new Jdbc(sql.toString(), names);
  }
}
