package dev.syllabus.domain.idempotency;

import dev.syllabus.domain.course.TreeIds;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An import done under an idempotency key: what it was asked, when, and what it created. */
public record PastImport(
    IdempotencyKey key, ImportFingerprint fingerprint, Instant at, TreeIds created) {

  public PastImport {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(created, "created");
  }

  /** A key is remembered for its lifetime from the import; from then on it is free again. */
  public boolean expiredAt(Instant now, Duration lifetime) {
    return !now.isBefore(at.plus(lifetime));
  }
}
