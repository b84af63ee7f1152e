package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.ParentId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input of {@link EditChildUseCase}: any of a new title, a new exercise type (code), a new parent
 * and a new position. A new parent without a position puts the node at the end there.
 */
public record EditChildCommand(
    ChildId child,
    Optional<String> title,
    Optional<String> type,
    Optional<ParentId> parent,
    OptionalInt position,
    ExpectedVersion expectedVersion) {

  public EditChildCommand {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Violations violations = new Violations();
    title.ifPresent(value -> violations.title("title", value));
    if (type.isPresent()) {
      if (child instanceof ExerciseId) {
        violations.exerciseType("type", type.get());
      } else {
        violations.add("type", "is only for exercises");
      }
    }
    parent.ifPresent(
        p ->
            violations.check(
                child.fitsUnder(p),
                "parent",
                "a " + child.kind() + " cannot go under a " + p.kind()));
    position.ifPresent(p -> violations.check(p >= 1, "position", "must be at least 1, was " + p));
    violations.check(
        title.isPresent() || type.isPresent() || parent.isPresent() || position.isPresent(),
        "title",
        "or type, parent or position must be given");
    violations.throwIfAny();
  }

  public Optional<ExerciseType> exerciseType() {
    return type.flatMap(ExerciseType::fromCode);
  }

  /** Whether the node changes place: another parent, or another position. */
  public boolean moves() {
    return parent.isPresent() || position.isPresent();
  }
}
