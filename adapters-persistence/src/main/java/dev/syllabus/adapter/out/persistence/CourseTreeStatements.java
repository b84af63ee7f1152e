package dev.syllabus.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batched loader's read statements, one per aggregate level, in the text its DAO runs. Public
 * so that a measurement of the bare rows (the benchmarks' row floor) runs the very statements the
 * service runs, not a copy that drifts from them.
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
