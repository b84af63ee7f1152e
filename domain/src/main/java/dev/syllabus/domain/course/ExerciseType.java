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

  public static Optional<ExerciseType> fromCode(String code) {
    for (ExerciseType type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
