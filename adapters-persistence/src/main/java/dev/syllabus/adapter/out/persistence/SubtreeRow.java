package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.mapper.RowMapper;

/** What lies below a module or a lesson: its lessons and exercises, as a statement counts them. */
record SubtreeRow(long lessons, long exercises) {

  /** Reads the columns lessons, exercises, in that order. */
  static final RowMapper<SubtreeRow> MAPPER =
      (rs, context) -> new SubtreeRow(rs.getLong(1), rs.getLong(2));
}
