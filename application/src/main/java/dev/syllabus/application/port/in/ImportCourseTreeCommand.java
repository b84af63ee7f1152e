package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import java.util.Objects;
import java.util.Optional;

/** Input of {@link ImportCourseTreeUseCase}: a whole tree, and the caller's key for retrying. */
public record ImportCourseTreeCommand(CourseDraft draft, Optional<IdempotencyKey> key) {

  public ImportCourseTreeCommand {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(key, "key");
  }
}
