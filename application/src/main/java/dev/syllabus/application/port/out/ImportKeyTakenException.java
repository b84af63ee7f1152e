package dev.syllabus.application.port.out;

import dev.syllabus.domain.idempotency.IdempotencyKey;

/**
 * Thrown by {@link RememberImportsPort#remember}: another import holds the key, either done (look
 * it up again) or still in flight (its outcome is not known yet).
 */
public class ImportKeyTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean inFlight;

  public ImportKeyTakenException(IdempotencyKey key, boolean inFlight, Throwable cause) {
    super(
        "Idempotency-Key '"
            + key.value()
            + "' is "
            + (inFlight ? "held by an import still in flight" : "remembered already"),
        cause);
    this.inFlight = inFlight;
  }

  /** Whether the import holding the key had not finished when the store gave up waiting. */
  public boolean inFlight() {
    return inFlight;
  }
}
