package dev.syllabus.domain.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The course aggregate root: modules, their lessons and their exercises, each in position order.
 * Its version grows with every change anywhere in the tree, so it names one state of the whole.
 */
public record Course(
    CourseId id, String title, boolean published, long version, List<CourseModule> modules) {

  /** The version of a course just created. */
  public static final long FIRST_VERSION = 1;

  public Course {
    Objects.requireNonNull(id, "id");
    Titles.requireValid(title);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    modules = Positions.inOrder(modules, "course");
  }

  /** Every exercise of the course, in the order a learner meets them. */
  public List<ExerciseId> exerciseIds() {
    List<ExerciseId> ids = new ArrayList<>();
    for (CourseModule module : modules) {
      for (Lesson lesson : module.lessons()) {
        for (Exercise exercise : lesson.exercises()) {
          ids.add(exercise.id());
        }
      }
    }
    return ids;
  }
}
