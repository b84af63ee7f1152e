package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.ModuleId;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code course_modules}, as a statement reads it. */
record ModuleRow(long id, long courseId, String title, int position) {

  /**
   * Reads the columns id, course_id, title, position, in that order: no reflection on the hot path.
   */
  static final RowMapper<ModuleRow> MAPPER =
      (rs, context) -> new ModuleRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));

  CourseModule toModule(List<Lesson> lessons) {
    return new CourseModule(new ModuleId(id), title, position, lessons);
  }
}
