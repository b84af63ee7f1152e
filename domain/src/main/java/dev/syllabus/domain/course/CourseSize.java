package dev.syllabus.domain.course;

import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;

/**
 * How big a course is: its nodes (modules, lessons and exercises together; the course itself is not
 * counted) and, among them, its exercises, the level that outweighs the others.
 */
public record CourseSize(long nodes, long exercises) {

  public static final CourseSize EMPTY = new CourseSize(0, 0);

  /** What one new module or lesson adds. */
  private static final CourseSize ONE_NODE = new CourseSize(1, 0);

  /** What one new exercise adds. */
  private static final CourseSize ONE_EXERCISE = new CourseSize(1, 1);

  public CourseSize {
    if (exercises < 0 || nodes < exercises) {
      throw new IllegalArgumentException(
          "a size needs 0 <= exercises <= nodes, was " + exercises + " of " + nodes);
    }
  }

  public static CourseSize of(CourseDraft draft) {
    long nodes = 0;
    long exercises = 0;
    for (ModuleDraft module : draft.modules()) {
      nodes += 1 + module.lessons().size();
      for (LessonDraft lesson : module.lessons()) {
        exercises += lesson.exercises().size();
      }
    }
    return new CourseSize(nodes + exercises, exercises);
  }

  public static CourseSize of(Course course) {
    long nodes = 0;
    long exercises = 0;
    for (CourseModule module : course.modules()) {
      nodes += 1 + module.lessons().size();
      for (Lesson lesson : module.lessons()) {
        exercises += lesson.exercises().size();
      }
    }
    return new CourseSize(nodes + exercises, exercises);
  }

  /** What a new child under this parent adds: an exercise under a lesson, else a bare node. */
  public static CourseSize ofChildUnder(ParentId parent) {
    return parent instanceof LessonId ? ONE_EXERCISE : ONE_NODE;
  }

  /** The size of a subtree: its root, the lessons below it and the exercises below those. */
  public static CourseSize ofSubtree(ChildId root, long lessonsBelow, long exercisesBelow) {
    return root instanceof ExerciseId
        ? ONE_EXERCISE
        : new CourseSize(1 + lessonsBelow + exercisesBelow, exercisesBelow);
  }

  public CourseSize plus(CourseSize other) {
    return new CourseSize(nodes + other.nodes, exercises + other.exercises);
  }

  public CourseSize minus(CourseSize other) {
    return new CourseSize(nodes - other.nodes, exercises - other.exercises);
  }
}
