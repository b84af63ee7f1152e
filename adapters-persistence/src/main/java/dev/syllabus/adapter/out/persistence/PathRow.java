package dev.syllabus.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Where a module or lesson is: its course and module rows, and the lesson's row for a lesson
 * ({@code null} for a module), as one statement reads them side by side.
 */
record PathRow(CourseRow course, ModuleRow module, LessonRow lesson) {

  /**
   * Reads the course's six columns as {@link CourseRow#MAPPER} does, then the module's four and, if
   * there are more, the lesson's four, each in the order of its own mapper.
   */
  static final RowMapper<PathRow> MAPPER =
      (rs, context) ->
          new PathRow(
              CourseRow.MAPPER.map(rs, context),
              new ModuleRow(rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getInt(10)),
              rs.getMetaData().getColumnCount() > 10 ? lesson(rs) : null);

  private static LessonRow lesson(ResultSet rs) throws SQLException {
    return new LessonRow(rs.getLong(11), rs.getLong(12), rs.getString(13), rs.getInt(14));
  }
}
