package dev.syllabus.domain.course;

import java.util.Optional;

/** What a learner does in an exercise. The code is the stable name used outside the JVM. */
public enum ExerciseType {
  VIDEO("video"),
  MULTIPLE_CHOICE("multiple-choice"),
  FILL_IN_BLANK("fill-in-blank"),
  TEXT("text");

  private final String code;

  ExerciseType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The type with this code, if any. */
  public static Optional<ExerciseType> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return switch (code) {
      case "video" -> Optional.of(VIDEO);
      case "multiple-choice" -> Optional.of(MULTIPLE_CHOICE);
      case "fill-in-blank" -> Optional.of(FILL_IN_BLANK);
      case "text" -> Optional.of(TEXT);
      default -> Optional.empty();
    };
  }
}
