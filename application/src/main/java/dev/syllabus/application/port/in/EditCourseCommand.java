package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import java.util.Objects;
import java.util.Optional;

/** Input of {@link EditCourseUseCase}: a new title, a new publication state, or both. */
public record EditCourseCommand(
    CourseId course,
    Optional<String> title,
    Optional<Boolean> published,
    ExpectedVersion expectedVersion) {

  public EditCourseCommand {
    Objects.requireNonNull(course, "course");
    Violations violations = new Violations();
    title.ifPresent(value -> violations.title("title", value));
    violations
        .check(title.isPresent() || published.isPresent(), "title", "or published must be given")
        .throwIfAny();
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
