package dev.syllabus.application.port.out;

import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.PastImport;
import java.time.Instant;
import java.util.Optional;

/**
 * Driven port: the imports done under idempotency keys, so that a retried import is answered rather
 * than done again.
 *
 * <p>The store keeps and finds; what a key means (a replay, a refusal, expired) is decided by the
 * caller. A key is its owner and its value together: the same value of two owners are two keys.
 * Called inside a unit of work ({@link UnitOfWorkPort#write}), {@link #remember} is kept or undone
 * with the course it names.
 */
public interface RememberImportsPort {

  /** The import remembered under the key, if any, expired or not. */
  Optional<PastImport> findImport(IdempotencyKey key);

  /**
   * Remembers an import under its key, and forgets a bounded number of other imports (at most
   * {@value #FORGOTTEN_PER_CALL}) done before {@code forgetBefore}, so that expired keys do not
   * pile up.
   *
   * @throws ImportKeyTakenException if the key is remembered already, by a unit of work that has
   *     finished or that is still running (the store may wait a bounded time for it to finish)
   */
  void remember(PastImport pastImport, Instant forgetBefore);

  /** The most imports {@link #remember} forgets besides remembering one. */
  int FORGOTTEN_PER_CALL = 100;

  /** Forgets the import under the key, if any. */
  void forget(IdempotencyKey key);
}
