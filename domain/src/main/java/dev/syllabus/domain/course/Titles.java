package dev.syllabus.domain.course;

import java.util.Objects;

/** The title rule shared by courses, modules, lessons and exercises. */
public final class Titles {

  public static final int MAX_LENGTH = 255;

  private Titles() {}

  /** Returns the title unchanged if it is non-blank and at most {@value #MAX_LENGTH} characters. */
  public static String requireValid(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (title.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "title must be at most " + MAX_LENGTH + " characters, was " + title.length());
    }
    return title;
  }
}
