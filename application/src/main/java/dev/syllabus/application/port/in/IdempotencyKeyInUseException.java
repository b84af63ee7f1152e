package dev.syllabus.application.port.in;

import dev.syllabus.domain.idempotency.IdempotencyKey;

/** A request under an idempotency key arrived while the first one under it was still running. */
public class IdempotencyKeyInUseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyInUseException(IdempotencyKey key, Throwable cause) {
    super(
        "A request with Idempotency-Key '"
            + key.value()
            + "' is still in flight: retry once it has been answered",
        cause);
  }
}
