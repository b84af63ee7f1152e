package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ExerciseType;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rule every command that names an exercise type checks. */
final class ExerciseTypes {

  private static final String KNOWN =
      Arrays.stream(ExerciseType.values())
          .map(ExerciseType::code)
          .collect(Collectors.joining(", "));

  private ExerciseTypes() {}

  static void check(Violations violations, String field, Optional<String> code) {
    if (code.isEmpty()) {
      violations.add(field, "is required, one of " + KNOWN);
    } else if (ExerciseType.fromCode(code.get()).isEmpty()) {
      violations.add(field, "must be one of " + KNOWN + ", was '" + code.get() + "'");
    }
  }
}
