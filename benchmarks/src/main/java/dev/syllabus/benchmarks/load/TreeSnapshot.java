package dev.syllabus.benchmarks.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every course tree and completion as the database holds them, read directly with SQL: each
 * parent's children in position order, exercise titles, course titles and versions. Read once after
 * seeding, to know what there is, and once after the load, to compare with what the successful
 * changes should have made of it.
 */
record TreeSnapshot(Map<Long, CourseState> courses, Map<Long, Set<Long>> completionsByLearner) {

  /** One course: its title and version, and each module's lessons and lesson's exercises. */
  record CourseState(
      long id,
      String title,
      long version,
      Map<Long, List<Long>> lessonsByModule,
      Map<Long, List<Long>> exercisesByLesson,
      Map<Long, String> exerciseTitles) {

    int exerciseCount() {
      return exerciseTitles.size();
    }
  }

  static TreeSnapshot read(Connection connection) throws SQLException {
    Map<Long, CourseBuilder> courses = new TreeMap<>();
    Map<Long, CourseBuilder> byModule = new LinkedHashMap<>();
    Map<Long, CourseBuilder> byLesson = new LinkedHashMap<>();
    try (ResultSet rows = query(connection, "select id, title, version from courses order by id")) {
      while (rows.next()) {
        courses.put(
            rows.getLong(1),
            new CourseBuilder(rows.getLong(1), rows.getString(2), rows.getLong(3)));
      }
    }
    try (ResultSet rows =
        query(
            connection, "select id, course_id from course_modules order by course_id, position")) {
      while (rows.next()) {
        CourseBuilder course = courses.get(rows.getLong(2));
        course.lessonsByModule.put(rows.getLong(1), new ArrayList<>());
        byModule.put(rows.getLong(1), course);
      }
    }
    try (ResultSet rows =
        query(connection, "select id, module_id from lessons order by module_id, position")) {
      while (rows.next()) {
        CourseBuilder course = byModule.get(rows.getLong(2));
        course.lessonsByModule.get(rows.getLong(2)).add(rows.getLong(1));
        byLesson.put(rows.getLong(1), course);
      }
    }
    try (ResultSet rows =
        query(
            connection,
            "select id, lesson_id, title from exercises order by lesson_id, position")) {
      while (rows.next()) {
        CourseBuilder course = byLesson.get(rows.getLong(2));
        course
            .exercisesByLesson
            .computeIfAbsent(rows.getLong(2), lesson -> new ArrayList<>())
            .add(rows.getLong(1));
        course.exerciseTitles.put(rows.getLong(1), rows.getString(3));
      }
    }
    Map<Long, Set<Long>> completions = new TreeMap<>();
    try (ResultSet rows =
        query(connection, "select learner_id, exercise_id from exercise_completions")) {
      while (rows.next()) {
        completions
            .computeIfAbsent(rows.getLong(1), learner -> new HashSet<>())
            .add(rows.getLong(2));
      }
    }
    Map<Long, CourseState> states = new LinkedHashMap<>();
    courses.forEach((id, course) -> states.put(id, course.build(byLesson)));
    return new TreeSnapshot(states, completions);
  }

  private static ResultSet query(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    return statement.executeQuery();
  }

  /** A course being read: lessons without exercises still get their (empty) list. */
  private static final class CourseBuilder {
    final long id;
    final String title;
    final long version;
    final Map<Long, List<Long>> lessonsByModule = new LinkedHashMap<>();
    final Map<Long, List<Long>> exercisesByLesson = new TreeMap<>();
    final Map<Long, String> exerciseTitles = new TreeMap<>();

    CourseBuilder(long id, String title, long version) {
      this.id = id;
      this.title = title;
      this.version = version;
    }

    CourseState build(Map<Long, CourseBuilder> byLesson) {
      byLesson.forEach(
          (lesson, course) -> {
            if (course == this) {
              exercisesByLesson.putIfAbsent(lesson, new ArrayList<>());
            }
          });
      return new CourseState(
          id, title, version, lessonsByModule, exercisesByLesson, exerciseTitles);
    }
  }
}
