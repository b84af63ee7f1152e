package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.ImportKeyTakenException;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.PastImport;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Driven adapter that keeps the imports done under idempotency keys in memory, for use-case tests;
 * the same contract suite as the Jdbi adapter binds it. Its callers are serialized by the in-memory
 * unit of work, so no import is ever in flight beside another.
 */
public final class InMemoryPastImports implements RememberImportsPort {

  private final Map<IdempotencyKey, PastImport> imports = new HashMap<>();

  @Override
  public synchronized Optional<PastImport> findImport(IdempotencyKey key) {
    return Optional.ofNullable(imports.get(key));
  }

  @Override
  public synchronized void remember(PastImport pastImport, Instant forgetBefore) {
    if (imports.containsKey(pastImport.key())) {
      throw new ImportKeyTakenException(pastImport.key(), false, null);
    }
    int forgotten = 0;
    for (Iterator<PastImport> past = imports.values().iterator();
        past.hasNext() && forgotten < FORGOTTEN_PER_CALL; ) {
      if (past.next().at().isBefore(forgetBefore)) {
        past.remove();
        forgotten++;
      }
    }
    imports.put(pastImport.key(), pastImport);
  }

  @Override
  public synchronized void forget(IdempotencyKey key) {
    imports.remove(key);
  }

  /** How many imports it remembers, for tests that check that expired ones are forgotten. */
  public synchronized int size() {
    return imports.size();
  }
}
