package dev.syllabus.domain.course;

import java.util.Objects;

/** The leaf of the course aggregate: one thing a learner does, at its place in a lesson. */
public record Exercise(ExerciseId id, ExerciseType type, String title, int position)
    implements Positioned {

  public Exercise {
    Objects.requireNonNull(id, "id");
    requireValid(type, title, position);
  }

  /** What an exercise must be, checked here and by {@link ExerciseList}, which keeps no record. */
  static void requireValid(ExerciseType type, String title, int position) {
    Objects.requireNonNull(type, "type");
    Titles.requireValid(title);
    Positions.requireValid(position);
  }
}
