package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.load.TreeSnapshot.CourseState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * What the clients choose from: the seeded courses, their modules and lessons (which stay in their
 * course: the load moves nodes only within one) and the exercises that exist as far as the clients
 * have seen, shared by all of them.
 */
final class Catalog {

  private final List<Course> courses = new ArrayList<>();

  Catalog(TreeSnapshot seed) {
    for (CourseState state : seed.courses().values()) {
      List<Long> lessons = new ArrayList<>();
      state.lessonsByModule().values().forEach(lessons::addAll);
      courses.add(
          new Course(
              state.id(),
              List.copyOf(state.lessonsByModule().keySet()),
              List.copyOf(lessons),
              state.exerciseTitles().keySet()));
    }
  }

  Course anyCourse(SplittableRandom random) {
    return courses.get(random.nextInt(courses.size()));
  }

  /** One course: modules and lessons fixed, exercises as the clients last saw them. */
  static final class Course {
    final long id;
    private final List<Long> modules;
    private final List<Long> lessons;
    private final List<Long> exercises;

    Course(long id, List<Long> modules, List<Long> lessons, Iterable<Long> exercises) {
      this.id = id;
      this.modules = modules;
      this.lessons = lessons;
      this.exercises = new ArrayList<>();
      exercises.forEach(this.exercises::add);
    }

    long anyModule(SplittableRandom random) {
      return modules.get(random.nextInt(modules.size()));
    }

    long anyLesson(SplittableRandom random) {
      return lessons.get(random.nextInt(lessons.size()));
    }

    /** One of the course's exercises, if it has any left. */
    synchronized OptionalLong anyExercise(SplittableRandom random) {
      return exercises.isEmpty()
          ? OptionalLong.empty()
          : OptionalLong.of(exercises.get(random.nextInt(exercises.size())));
    }

    synchronized void added(long exercise) {
      exercises.add(exercise);
    }

    synchronized void gone(long exercise) {
      exercises.remove(Long.valueOf(exercise));
    }
  }
}
