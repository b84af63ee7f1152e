package dev.syllabus.domain.idempotency;

import java.util.Objects;

/**
 * A key a caller chose so that a request can be retried without being done twice. It belongs to its
 * owner (who sent it): another caller's key of the same value is another key.
 */
public record IdempotencyKey(String owner, String value) {

  /** The longest value accepted, in characters. */
  public static final int MAX_LENGTH = 255;

  /**
   * @throws IllegalArgumentException if the value is empty, longer than {@value #MAX_LENGTH}
   *     characters or has a character outside printable ASCII, which is what a structured-field
   *     string can carry
   */
  public IdempotencyKey {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(value, "value");
    if (owner.isBlank()) {
      throw new IllegalArgumentException("an idempotency key needs an owner");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Idempotency-Key must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Idempotency-Key must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(
            "Idempotency-Key may hold only printable ASCII characters, found U+"
                + String.format("%04X", (int) c)
                + " at "
                + i);
      }
    }
  }
}
