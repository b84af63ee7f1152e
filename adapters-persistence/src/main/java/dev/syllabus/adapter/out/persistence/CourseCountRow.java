package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.ProgressCount;
import org.jdbi.v3.core.mapper.RowMapper;

/** A course's exercises, and those of them one learner completed, as a statement counts them. */
record CourseCountRow(long id, String title, long completed, long total) {

  /** Reads the columns id, title, completed, total, in that order. */
  static final RowMapper<CourseCountRow> MAPPER =
      (rs, context) ->
          new CourseCountRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4));

  CourseProgress toProgress() {
    return new CourseProgress(new CourseId(id), title, new ProgressCount(completed, total));
  }
}
