package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.ExerciseType;
import java.util.Objects;
import java.util.Optional;

/** What a new module, lesson or exercise is made of: its title and, for an exercise, its type. */
public record NewChild(String title, Optional<ExerciseType> type) {

  public NewChild {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
  }
}
