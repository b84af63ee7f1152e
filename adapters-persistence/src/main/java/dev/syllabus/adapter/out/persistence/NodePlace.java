package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.mapper.RowMapper;

/** Where a module, lesson or exercise is: its course, its parent and its position there. */
record NodePlace(long courseId, long parentId, int position) {

  /** Reads the columns course_id, parent_id, position, in that order. */
  static final RowMapper<NodePlace> MAPPER =
      (rs, context) -> new NodePlace(rs.getLong(1), rs.getLong(2), rs.getInt(3));
}
