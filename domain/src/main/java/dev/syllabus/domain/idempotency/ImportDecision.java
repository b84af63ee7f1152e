package dev.syllabus.domain.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import under an idempotency key does, given what that key did before: as the IETF httpapi
 * draft on the Idempotency-Key header says, the same request again gets the first answer again,
 * another request under the same key is refused, and a key past its lifetime is new.
 */
public sealed interface ImportDecision {

  static ImportDecision about(
      Optional<PastImport> past, ImportFingerprint request, Instant now, Duration lifetime) {
    Objects.requireNonNull(request, "request");
    if (past.isEmpty()) {
      return new CreateNew(Optional.empty());
    }
    PastImport earlier = past.get();
    if (earlier.expiredAt(now, lifetime)) {
      return new CreateNew(past);
    }
    return earlier.fingerprint().equals(request)
        ? new ReplayPast(earlier)
        : new RefuseOtherRequest(earlier);
  }

  /** Create the course; an expired import under the key, if any, is to be forgotten first. */
  record CreateNew(Optional<PastImport> expired) implements ImportDecision {
    public CreateNew {
      Objects.requireNonNull(expired, "expired");
    }
  }

  /** The same request again: answer what it created then, and create nothing. */
  record ReplayPast(PastImport past) implements ImportDecision {}

  /** Another request under a key in use: refuse it, and create nothing. */
  record RefuseOtherRequest(PastImport past) implements ImportDecision {}
}
