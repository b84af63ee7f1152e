package dev.syllabus.domain.course;

import java.util.List;
import java.util.Optional;

/**
 * Cuts a whole course down to what one read asks for: the levels above a depth, or the path to one
 * module or lesson and what lies below it. A store that keeps whole trees reads with it what a
 * database reads level by level.
 */
public final class Subtrees {

  private Subtrees() {}

  /** The course with its levels below {@code depth} left empty. */
  public static Course toDepth(Course course, TreeDepth depth) {
    if (depth.includesExercises()) {
      return course;
    }
    return withModules(course, course.modules().stream().map(m -> toDepth(m, depth)).toList());
  }

  /**
   * The course holding only the path to the node (its module, and its lesson if it is one) and the
   * node's subtree down to {@code depth}; none if the course has no such module or lesson.
   */
  public static Optional<Course> of(Course course, ChildId node, TreeDepth depth) {
    for (CourseModule module : course.modules()) {
      if (module.id().equals(node)) {
        return Optional.of(withModules(course, List.of(toDepth(module, depth))));
      }
      for (Lesson lesson : module.lessons()) {
        if (lesson.id().equals(node)) {
          CourseModule path =
              new CourseModule(
                  module.id(), module.title(), module.position(), List.of(toDepth(lesson, depth)));
          return Optional.of(withModules(course, List.of(path)));
        }
      }
    }
    return Optional.empty();
  }

  private static CourseModule toDepth(CourseModule module, TreeDepth depth) {
    List<Lesson> lessons =
        depth.includesLessons()
            ? module.lessons().stream().map(l -> toDepth(l, depth)).toList()
            : List.of();
    return new CourseModule(module.id(), module.title(), module.position(), lessons);
  }

  private static Lesson toDepth(Lesson lesson, TreeDepth depth) {
    return depth.includesExercises()
        ? lesson
        : new Lesson(lesson.id(), lesson.title(), lesson.position(), List.of());
  }

  private static Course withModules(Course course, List<CourseModule> modules) {
    return new Course(course.id(), course.title(), course.published(), course.version(), modules);
  }
}
