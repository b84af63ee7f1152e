package dev.syllabus.domain.course;

import java.util.List;
import java.util.Objects;

/**
 * A whole course tree that does not exist yet, as an author writes it: no ids, and each child's
 * position is its place in its list (the first is 1).
 */
public record CourseDraft(String title, boolean published, List<ModuleDraft> modules) {

  public CourseDraft {
    Titles.requireValid(title);
    modules = List.copyOf(modules);
  }

  /** A module to create, with its lessons in order. */
  public record ModuleDraft(String title, List<LessonDraft> lessons) {

    public ModuleDraft {
      Titles.requireValid(title);
      lessons = List.copyOf(lessons);
    }
  }

  /** A lesson to create, with its exercises in order. */
  public record LessonDraft(String title, List<ExerciseDraft> exercises) {

    public LessonDraft {
      Titles.requireValid(title);
      exercises = List.copyOf(exercises);
    }
  }

  /** An exercise to create. */
  public record ExerciseDraft(ExerciseType type, String title) {

    public ExerciseDraft {
      Objects.requireNonNull(type, "type");
      Titles.requireValid(title);
    }
  }
}
