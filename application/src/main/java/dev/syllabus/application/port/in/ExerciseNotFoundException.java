package dev.syllabus.application.port.in;

/** An exercise a caller named does not exist. */
public class ExerciseNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExerciseNotFoundException(String message) {
    super(message);
  }
}
