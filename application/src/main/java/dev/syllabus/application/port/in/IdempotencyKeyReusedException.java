package dev.syllabus.application.port.in;

import dev.syllabus.domain.idempotency.IdempotencyKey;

/** An idempotency key came back with another request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException(IdempotencyKey key) {
    super(
        "Idempotency-Key '"
            + key.value()
            + "' was used for another request: use a new key for a new request");
  }
}
