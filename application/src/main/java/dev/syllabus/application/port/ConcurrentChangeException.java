package dev.syllabus.application.port;

/**
 * A change collided with another one made at the same moment and was undone as a whole; trying
 * again is safe.
 */
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
