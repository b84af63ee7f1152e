package dev.syllabus.application.port.in;

/** The caller is known but may not do what they asked, such as read another learner's progress. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
