package dev.syllabus.adapter.out.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.ExerciseType;
import java.util.Arrays;
import org.jdbi.v3.core.result.ResultSetAccumulator;

/**
 * The columns of {@code exercises} as a statement reads them: id, lesson_id, type, title, position,
 * in that order. Each row goes field by field into its lesson's list, with no record made for it (a
 * 50,000-exercise lesson would make 50,000 of them only to drop them); the type is decoded from the
 * column's bytes, so no string is made for one of four values either.
 */
final class ExerciseColumns {

  /**
   * Adds every row of a result set to its lesson's exercises. Jdbi counts the rows it maps, not
   * those an accumulator reads, so each row is counted here: the statement's row count (the query
   * profiler shows it) stays that of the rows read.
   */
  static final ResultSetAccumulator<ChildrenByParent<ExerciseList.Builder, Exercise>> INTO_LESSONS =
      (lessons, rs, context) -> {
        lessons
            .into(rs.getLong(2))
            .add(rs.getLong(1), type(rs.getBytes(3)), rs.getString(4), rs.getInt(5));
        context.setMappedRows(context.getMappedRows() + 1);
        return lessons;
      };

  private static final ExerciseType[] TYPES = ExerciseType.values();

  /** The UTF-8 bytes of each type's code, in the order of {@link #TYPES}. */
  private static final byte[][] CODES =
      Arrays.stream(TYPES).map(type -> type.code().getBytes(UTF_8)).toArray(byte[][]::new);

  private ExerciseColumns() {}

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
