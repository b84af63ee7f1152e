package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.ImportFingerprint;
import dev.syllabus.domain.idempotency.PastImport;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** A row of {@code idempotency_keys} as {@link PastImportDao#find} reads it. */
record PastImportRow(
    String fingerprint,
    OffsetDateTime importedAt,
    long courseId,
    List<Long> moduleIds,
    List<Long> lessonIds,
    List<Long> exerciseIds) {

  /** Reads the columns in the order of the find statement. */
  static final RowMapper<PastImportRow> MAPPER =
      (rs, context) ->
          new PastImportRow(
              rs.getString(1),
              rs.getObject(2, OffsetDateTime.class),
              rs.getLong(3),
              ids(rs, 4),
              ids(rs, 5),
              ids(rs, 6));

  private static List<Long> ids(ResultSet rs, int column) throws SQLException {
    Array array = rs.getArray(column);
    try {
      return Arrays.asList((Long[]) array.getArray());
    } finally {
      array.free();
    }
  }

  PastImport toPastImport(IdempotencyKey key) {
    return new PastImport(
        key,
        new ImportFingerprint(fingerprint),
        importedAt.toInstant(),
        new TreeIds(new CourseId(courseId), moduleIds, lessonIds, exerciseIds));
  }
}
