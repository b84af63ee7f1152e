package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.CourseSize;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code courses}, as a statement reads it, with the size stored beside the tree. */
record CourseRow(
    long id, String title, boolean published, long version, long nodeCount, long exerciseCount) {

  /**
   * Reads the columns id, title, published, version, node_count, exercise_count, in that order: no
   * reflection.
   */
  static final RowMapper<CourseRow> MAPPER =
      (rs, context) ->
          new CourseRow(
              rs.getLong(1),
              rs.getString(2),
              rs.getBoolean(3),
              rs.getLong(4),
              rs.getLong(5),
              rs.getLong(6));

  CourseSize size() {
    return new CourseSize(nodeCount, exerciseCount);
  }

  Course toCourse(List<CourseModule> modules) {
    return new Course(new CourseId(id), title, published, version, modules);
  }
}
