package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.Lesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Turns the rows of the four levels into immutable course aggregates, bottom up: exercises into
 * their lessons, lessons into their modules, modules into their courses.
 */
final class CourseTreeAssembler {

  private CourseTreeAssembler() {}

  static List<Course> assemble(
      List<CourseRow> courses,
      List<ModuleRow> modules,
      List<LessonRow> lessons,
      List<ExerciseRow> exercises) {
    Map<Long, List<Exercise>> exercisesByLesson =
        group(exercises, ExerciseRow::lessonId, ExerciseRow::toExercise);
    Map<Long, List<Lesson>> lessonsByModule =
        group(
            lessons,
            LessonRow::moduleId,
            lesson -> lesson.toLesson(children(exercisesByLesson, lesson.id())));
    Map<Long, List<CourseModule>> modulesByCourse =
        group(
            modules,
            ModuleRow::courseId,
            module -> module.toModule(children(lessonsByModule, module.id())));
    List<Course> trees = new ArrayList<>(courses.size());
    for (CourseRow course : courses) {
      trees.add(course.toCourse(children(modulesByCourse, course.id())));
    }
    return trees;
  }

  static <R> long[] ids(List<R> rows, ToLongFunction<R> id) {
    long[] ids = new long[rows.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = id.applyAsLong(rows.get(i));
    }
    return ids;
  }

  /**
   * The children of each parent. Rows come ordered by parent, so each parent's children are one
   * run: one map entry per run, not one lookup per row.
   */
  private static <R, T> Map<Long, List<T>> group(
      List<R> rows, ToLongFunction<R> parent, Function<R, T> build) {
    Map<Long, List<T>> byParent = new HashMap<>();
    List<T> run = null;
    long runParent = 0;
    for (R row : rows) {
      long rowParent = parent.applyAsLong(row);
      if (run == null || rowParent != runParent) {
        run = byParent.computeIfAbsent(rowParent, any -> new ArrayList<>());
        runParent = rowParent;
      }
      run.add(build.apply(row));
    }
    return byParent;
  }

  private static <T> List<T> children(Map<Long, List<T>> byParent, long parent) {
    return byParent.getOrDefault(parent, List.of());
  }
}
