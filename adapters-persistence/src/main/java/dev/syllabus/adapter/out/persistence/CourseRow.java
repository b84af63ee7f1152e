package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code courses}, as a statement reads it. */
record CourseRow(long id, String title, boolean published, long version) {

  /** Reads the columns id, title, published, version, in that order: no reflection. */
  static final RowMapper<CourseRow> MAPPER =
      (rs, context) ->
          new CourseRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4));

  Course toCourse(List<CourseModule> modules) {
    return new Course(new CourseId(id), title, published, version, modules);
  }
}
