package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Titles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Collects every broken rule of a command, so that the caller hears of all of them at once. */
public final class Violations {

  private static final String KNOWN_TYPES =
      Arrays.stream(ExerciseType.values())
          .map(ExerciseType::code)
          .collect(Collectors.joining(", "));

  private final List<InvalidCommandException.Violation> found = new ArrayList<>();

  public Violations title(String field, String title) {
    Titles.problem(title).ifPresent(problem -> add(field, problem));
    return this;
  }

  /** The exercise type a code names, or a violation naming the known codes. */
  public Optional<ExerciseType> exerciseType(String field, String code) {
    if (code == null) {
      add(field, "is required, one of " + KNOWN_TYPES);
      return Optional.empty();
    }
    Optional<ExerciseType> type = ExerciseType.fromCode(code);
    if (type.isEmpty()) {
      add(field, "must be one of " + KNOWN_TYPES + ", was '" + code + "'");
    }
    return type;
  }

  public Violations add(String field, String message) {
    found.add(new InvalidCommandException.Violation(field, message));
    return this;
  }

  public Violations check(boolean holds, String field, String message) {
    return holds ? this : add(field, message);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws {@link InvalidCommandException} naming all of them, if any rule was broken. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidCommandException(found);
    }
  }
}
