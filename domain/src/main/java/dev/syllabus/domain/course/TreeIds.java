package dev.syllabus.domain.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ids a new course tree was given, level by level: its modules in order, then the lessons of
 * the first module, of the second, …, then the exercises of the first lesson, of the second, and so
 * on. With the draft it was made from, it is the whole created course again.
 */
public record TreeIds(
    CourseId course, List<Long> modules, List<Long> lessons, List<Long> exercises) {

  public TreeIds {
    Objects.requireNonNull(course, "course");
    modules = List.copyOf(modules);
    lessons = List.copyOf(lessons);
    exercises = List.copyOf(exercises);
  }

  /** The ids of a course, in the order this record keeps them. */
  public static TreeIds of(Course course) {
    List<Long> modules = new ArrayList<>();
    List<Long> lessons = new ArrayList<>();
    List<Long> exercises = new ArrayList<>();
    for (CourseModule module : course.modules()) {
      modules.add(module.id().value());
    }
    for (CourseModule module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        lessons.add(lesson.id().value());
      }
    }
    for (CourseModule module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        for (Exercise exercise : lesson.exercises()) {
          exercises.add(exercise.id().value());
        }
      }
    }
    return new TreeIds(course.id(), modules, lessons, exercises);
  }
}
