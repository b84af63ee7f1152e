package dev.syllabus.domain.course;

import java.util.Objects;
import java.util.Optional;

/** The title rule shared by courses, modules, lessons and exercises. */
public final class Titles {

  public static final int MAX_LENGTH = 255;

  private Titles() {}

  /** Returns the title unchanged if it is non-blank and at most {@value #MAX_LENGTH} characters. */
  public static String requireValid(String title) {
    Objects.requireNonNull(title, "title");
    Optional<String> problem = problem(title);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("title " + problem.get());
    }
    return title;
  }

  /** What is wrong with a title, if anything: for callers that report every problem at once. */
  public static Optional<String> problem(String title) {
    if (title == null) {
      return Optional.of("is required");
    }
    if (title.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (title.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, was " + title.length());
    }
    return Optional.empty();
  }
}
