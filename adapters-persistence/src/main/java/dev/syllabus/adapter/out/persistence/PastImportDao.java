package dev.syllabus.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of the imports remembered under idempotency keys: one each. */
interface PastImportDao {

  @SqlQuery(
      """
      select fingerprint, imported_at, course_id, module_ids, lesson_ids, exercise_ids
      from idempotency_keys where caller = :caller and idempotency_key = :key""")
  Optional<PastImportRow> find(@Bind("caller") String caller, @Bind("key") String key);

  // Those being forgotten by another transaction are skipped, not waited for: forgetting is
  // housekeeping, and must not queue unrelated imports behind each other.
  @SqlUpdate(
      """
      with forgotten as (
        delete from idempotency_keys
        where (caller, idempotency_key) in (
          select caller, idempotency_key from idempotency_keys
          where imported_at < :forgetBefore
          limit :limit for update skip locked))
      insert into idempotency_keys
        (caller, idempotency_key, fingerprint, imported_at,
         course_id, module_ids, lesson_ids, exercise_ids)
      values (:caller, :key, :fingerprint, :importedAt,
              :courseId, :moduleIds, :lessonIds, :exerciseIds)""")
  void remember(
      @Bind("caller") String caller,
      @Bind("key") String key,
      @Bind("fingerprint") String fingerprint,
      @Bind("importedAt") OffsetDateTime importedAt,
      @Bind("courseId") long courseId,
      @Bind("moduleIds") long[] moduleIds,
      @Bind("lessonIds") long[] lessonIds,
      @Bind("exerciseIds") long[] exerciseIds,
      @Bind("forgetBefore") OffsetDateTime forgetBefore,
      @Bind("limit") int limit);

  @SqlUpdate("delete from idempotency_keys where caller = :caller and idempotency_key = :key")
  void forget(@Bind("caller") String caller, @Bind("key") String key);
}
