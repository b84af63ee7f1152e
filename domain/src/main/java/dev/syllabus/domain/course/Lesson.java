package dev.syllabus.domain.course;

import java.util.List;
import java.util.Objects;

/** A lesson of a course module: its exercises in position order, packed ({@link ExerciseList}). */
public record Lesson(LessonId id, String title, int position, List<Exercise> exercises)
    implements Positioned {

  public Lesson {
    Objects.requireNonNull(id, "id");
    Titles.requireValid(title);
    Positions.requireValid(position);
    exercises = ExerciseList.inOrder(exercises);
  }
}
