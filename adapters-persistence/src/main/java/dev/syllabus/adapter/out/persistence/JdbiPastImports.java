package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.ImportKeyTakenException;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.PastImport;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Driven adapter: the imports done under idempotency keys, in {@code idempotency_keys}, one
 * statement per call. The primary key (caller, key) is what makes a key taken: a second import
 * under it waits for the first to end (bounded by the connection's lock timeout), then fails.
 */
public final class JdbiPastImports implements RememberImportsPort {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final Jdbi jdbi;
  private final DatabaseFailures failures;

  public JdbiPastImports(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
  }

  @Override
  public Optional<PastImport> findImport(IdempotencyKey key) {
    return failures
        .guard(
            () ->
                jdbi.withExtension(PastImportDao.class, dao -> dao.find(key.owner(), key.value())))
        .map(row -> row.toPastImport(key));
  }

  @Override
  public void remember(PastImport pastImport, Instant forgetBefore) {
    IdempotencyKey key = pastImport.key();
    TreeIds ids = pastImport.created();
    try {
      jdbi.useExtension(
          PastImportDao.class,
          dao ->
              dao.remember(
                  key.owner(),
                  key.value(),
                  pastImport.fingerprint().sha256(),
                  utc(pastImport.at()),
                  ids.course().value(),
                  array(ids.modules()),
                  array(ids.lessons()),
                  array(ids.exercises()),
                  utc(forgetBefore),
                  FORGOTTEN_PER_CALL));
    } catch (JdbiException e) {
      String state = e.getCause() instanceof SQLException sql ? sql.getSQLState() : null;
      if (UNIQUE_VIOLATION.equals(state)) {
        throw new ImportKeyTakenException(key, false, e);
      }
      if (LOCK_NOT_AVAILABLE.equals(state)) {
        // Waited for the import that holds the key (its row is not committed yet) and gave up.
        throw new ImportKeyTakenException(key, true, e);
      }
      throw failures.translate(e);
    }
  }

  @Override
  public void forget(IdempotencyKey key) {
    failures.guard(
        () ->
            jdbi.withExtension(
                PastImportDao.class,
                dao -> {
                  dao.forget(key.owner(), key.value());
                  return null;
                }));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static long[] array(List<Long> ids) {
    long[] array = new long[ids.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = ids.get(i);
    }
    return array;
  }
}
