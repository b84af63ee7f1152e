package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ParentId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input of {@link AddChildUseCase}. The exercise type is given by its code ("video", …) and only
 * for an exercise, that is, when the parent is a lesson; the position is 1 for the first place.
 */
public record AddChildCommand(
    ParentId parent,
    String title,
    Optional<String> type,
    OptionalInt position,
    ExpectedVersion expectedVersion) {

  public AddChildCommand {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Violations violations = new Violations().title("title", title);
    if (parent instanceof LessonId) {
      violations.exerciseType("type", type.orElse(null));
    } else {
      violations.check(type.isEmpty(), "type", "is only for exercises");
    }
    position.ifPresent(p -> violations.check(p >= 1, "position", "must be at least 1, was " + p));
    violations.throwIfAny();
  }

  /** The type of the exercise to add; empty when the child is a module or a lesson. */
  public Optional<ExerciseType> exerciseType() {
    return type.flatMap(ExerciseType::fromCode);
  }
}
