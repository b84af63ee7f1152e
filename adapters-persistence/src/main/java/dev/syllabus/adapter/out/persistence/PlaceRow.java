package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.mapper.RowMapper;

/** Where a module, lesson or exercise is, as its row says: course, parent and position ids. */
record PlaceRow(long courseId, long parentId, int position) {

  /** Reads the columns course_id, parent_id, position, in that order. */
  static final RowMapper<PlaceRow> MAPPER =
      (rs, context) -> new PlaceRow(rs.getLong(1), rs.getLong(2), rs.getInt(3));
}
