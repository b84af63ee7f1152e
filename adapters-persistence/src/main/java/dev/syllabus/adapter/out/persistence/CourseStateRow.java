package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.LoadCourseStatePort.CourseState;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import org.jdbi.v3.core.mapper.RowMapper;

/** A course's id, version, publication and stored size, as a statement reads them. */
record CourseStateRow(
    long id, long version, boolean published, long nodeCount, long exerciseCount) {

  /** The columns every statement that answers this row returns, in this order. */
  static final String COLUMNS = "id, version, published, node_count, exercise_count";

  /** Reads the {@link #COLUMNS}, in that order. */
  static final RowMapper<CourseStateRow> MAPPER =
      (rs, context) ->
          new CourseStateRow(
              rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5));

  CourseSize size() {
    return new CourseSize(nodeCount, exerciseCount);
  }

  CourseState toState() {
    return new CourseState(new CourseId(id), version, published, size());
  }
}
