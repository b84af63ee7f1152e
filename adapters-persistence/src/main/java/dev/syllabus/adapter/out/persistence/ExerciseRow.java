package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One row of {@code exercises}, as a statement reads it. The type is decoded as the row is read, so
 * that no row keeps a string of its own for one of four values.
 */
record ExerciseRow(long id, long lessonId, ExerciseType type, String title, int position) {

  /**
   * Reads the columns id, lesson_id, type, title, position, in that order: no reflection on the hot
   * path.
   */
  static final RowMapper<ExerciseRow> MAPPER =
      (rs, context) ->
          new ExerciseRow(
              rs.getLong(1), rs.getLong(2), type(rs.getString(3)), rs.getString(4), rs.getInt(5));

  private static ExerciseType type(String code) {
    return ExerciseType.fromCode(code)
        .orElseThrow(() -> new IllegalStateException("Unknown exercise type in database: " + code));
  }

  Exercise toExercise() {
    return new Exercise(new ExerciseId(id), type, title, position);
  }
}
