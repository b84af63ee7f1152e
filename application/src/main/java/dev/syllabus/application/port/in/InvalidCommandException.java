package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ParentId;
import java.util.List;

/** A command breaks rules of the course aggregate: every broken rule is named, by field. */
public class InvalidCommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidCommandException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + " " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid"));
    this.violations = List.copyOf(violations);
  }

  public static InvalidCommandException of(String field, String message) {
    return new InvalidCommandException(List.of(new Violation(field, message)));
  }

  /** A move to a parent that does not exist: the command is wrong, not the node it names. */
  public static InvalidCommandException missingParent(ParentId parent) {
    return of("parent", parent.kind() + " " + parent.value() + " does not exist");
  }

  public List<Violation> violations() {
    return violations;
  }

  /** One broken rule: the field that breaks it, and how. */
  public record Violation(String field, String message) {}
}
