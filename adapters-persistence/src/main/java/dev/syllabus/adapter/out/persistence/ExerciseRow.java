package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code exercises}, as a statement reads it. */
record ExerciseRow(long id, long lessonId, String type, String title, int position) {

  /**
   * Reads the columns id, lesson_id, type, title, position, in that order: no reflection on the hot
   * path.
   */
  static final RowMapper<ExerciseRow> MAPPER =
      (rs, context) ->
          new ExerciseRow(
              rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5));

  Exercise toExercise() {
    return new Exercise(
        new ExerciseId(id),
        ExerciseType.fromCode(type)
            .orElseThrow(
                () -> new IllegalStateException("Unknown exercise type in database: " + type)),
        title,
        position);
  }
}
