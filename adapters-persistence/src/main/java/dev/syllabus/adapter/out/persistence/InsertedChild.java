package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.mapper.RowMapper;

/** A child row just inserted: its new id, under which parent, at which position. */
record InsertedChild(long id, long parentId, int position) {

  /** Reads the columns id, parent_id, position, in that order: no reflection on the hot path. */
  static final RowMapper<InsertedChild> MAPPER =
      (rs, context) -> new InsertedChild(rs.getLong(1), rs.getLong(2), rs.getInt(3));
}
