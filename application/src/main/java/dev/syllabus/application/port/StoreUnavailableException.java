package dev.syllabus.application.port;

import java.time.Duration;

/**
 * The failure any driven port raises when its store cannot answer now: unreachable, or too busy to
 * answer within its bounds (a lock held too long, a statement over its time, no free connection).
 * It crosses the use cases unchanged, so that a driving adapter can tell "try again later" from a
 * bug. Nothing was changed: a write that meets it was rolled back whole.
 */
public class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the store did not answer; each suggests how soon to try again. */
  public enum Reason {
    /** The store could not be reached, or is shutting down or starting up. */
    UNREACHABLE(Duration.ofSeconds(5)),
    /** The store is reachable but did not answer within the configured bounds. */
    BUSY(Duration.ofSeconds(1));

    private final Duration retryAfter;

    Reason(Duration retryAfter) {
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  private final Reason reason;

  public StoreUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** How long a client should wait before it asks again. */
  public Duration retryAfter() {
    return reason.retryAfter();
  }
}
