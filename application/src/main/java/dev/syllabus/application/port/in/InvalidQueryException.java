package dev.syllabus.application.port.in;

/** A query breaks a rule of its use case, such as a page size out of range. */
public class InvalidQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }
}
