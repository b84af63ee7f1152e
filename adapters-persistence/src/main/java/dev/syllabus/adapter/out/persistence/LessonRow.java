package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code lessons}, as a statement reads it. */
record LessonRow(long id, long moduleId, String title, int position) {

  /**
   * Reads the columns id, module_id, title, position, in that order: no reflection on the hot path.
   */
  static final RowMapper<LessonRow> MAPPER =
      (rs, context) -> new LessonRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));

  Lesson toLesson(List<Exercise> exercises) {
    return new Lesson(new LessonId(id), title, position, exercises);
  }
}
