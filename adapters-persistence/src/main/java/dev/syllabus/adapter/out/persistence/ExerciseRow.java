package dev.syllabus.adapter.out.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.syllabus.domain.course.ExerciseType;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One row of {@code exercises}, as a statement reads it. The type is decoded from the column's
 * bytes as the row is read: no string is made, or kept, for one of four values on every exercise.
 */
record ExerciseRow(long id, long lessonId, ExerciseType type, String title, int position) {

  /**
   * Reads the columns id, lesson_id, type, title, position, in that order: no reflection on the hot
   * path.
   */
  static final RowMapper<ExerciseRow> MAPPER =
      (rs, context) ->
          new ExerciseRow(
              rs.getLong(1), rs.getLong(2), type(rs.getBytes(3)), rs.getString(4), rs.getInt(5));

  private static final ExerciseType[] TYPES = ExerciseType.values();

  /** The UTF-8 bytes of each type's code, in the order of {@link #TYPES}. */
  private static final byte[][] CODES =
      Arrays.stream(TYPES).map(type -> type.code().getBytes(UTF_8)).toArray(byte[][]::new);

  /** The type whose code the column holds; PostgreSQL's JDBC driver hands text out as UTF-8. */
  static ExerciseType type(byte[] code) {
    for (int i = 0; i < CODES.length; i++) {
      if (Arrays.equals(CODES[i], code)) {
        return TYPES[i];
      }
    }
    throw new IllegalStateException(
        "Unknown exercise type in database: " + (code == null ? "null" : new String(code, UTF_8)));
  }
}
