package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.LoadCourseStatePort.CourseState;
import dev.syllabus.domain.course.CourseId;
import org.jdbi.v3.core.mapper.RowMapper;

/** A course's id, version and publication, as a statement reads them. */
record CourseStateRow(long id, long version, boolean published) {

  /** Reads the columns id, version, published, in that order. */
  static final RowMapper<CourseStateRow> MAPPER =
      (rs, context) -> new CourseStateRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3));

  CourseState toState() {
    return new CourseState(new CourseId(id), version, published);
  }
}
