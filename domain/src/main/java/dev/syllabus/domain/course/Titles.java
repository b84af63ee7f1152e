package dev.syllabus.domain.course;

import java.util.Objects;
import java.util.Optional;

/**
 * The title rule shared by courses, modules, lessons and exercises: something visible, no control
 * characters, well-formed UTF-16, at most {@value #MAX_LENGTH} characters counted as code points
 * (as PostgreSQL's {@code varchar(255)} counts them, so that 255 emoji fit and 256 do not).
 */
public final class Titles {

  public static final int MAX_LENGTH = 255;

  private Titles() {}

  /** Returns the title unchanged if it keeps the rule, else throws naming what is wrong. */
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
    if (printableAscii(title)) {
      return Optional.empty();
    }
    boolean visible = false;
    String control = null;
    int length = 0;
    // One pass over the code points, no streams: this runs for every node of every tree loaded.
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      int type = Character.getType(c);
      i += Character.charCount(c);
      length++;
      if (type == Character.SURROGATE) {
        return Optional.of("must not contain an unpaired surrogate, found " + at(c, length));
      }
      if (control == null && type == Character.CONTROL) {
        control = "must not contain control characters, found " + at(c, length);
      }
      visible = visible || !blank(c, type);
    }
    if (!visible) {
      return Optional.of("must not be blank");
    }
    if (control != null) {
      return Optional.of(control);
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, was " + length);
    }
    return Optional.empty();
  }

  /**
   * Whether the title keeps the rule with only printable ASCII, as most do: a comparison per char
   * instead of a Unicode lookup per code point, on every node of every tree loaded.
   */
  private static boolean printableAscii(String title) {
    int length = title.length();
    if (length > MAX_LENGTH) {
      return false;
    }
    boolean visible = false;
    for (int i = 0; i < length; i++) {
      char c = title.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
      visible = visible || c != ' ';
    }
    return visible;
  }

  /** Shows nothing: whitespace, a space separator, a control or a format character (U+200B …). */
  private static boolean blank(int c, int type) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }

  /** A code point and its place, as a reader counts them: {@code U+0000 at 3}. */
  private static String at(int c, int position) {
    return String.format("U+%04X at %d", c, position);
  }
}
