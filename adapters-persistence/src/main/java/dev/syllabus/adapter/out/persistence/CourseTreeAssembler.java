package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Turns the rows of the levels above the exercises into immutable course aggregates, bottom up: the
 * exercises, already built as their rows streamed in, into their lessons, lessons into their
 * modules, modules into their courses.
 */
final class CourseTreeAssembler {

  private CourseTreeAssembler() {}

  static List<Course> assemble(
      List<CourseRow> courses,
      List<ModuleRow> modules,
      List<LessonRow> lessons,
      ChildrenByParent<ExerciseList.Builder, Exercise> exercises) {
    ChildrenByParent<List<Lesson>, Lesson> lessonsByModule = ChildrenByParent.inLists();
    for (LessonRow lesson : lessons) {
      lessonsByModule.into(lesson.moduleId()).add(lesson.toLesson(exercises.of(lesson.id())));
    }
    ChildrenByParent<List<CourseModule>, CourseModule> modulesByCourse = ChildrenByParent.inLists();
    for (ModuleRow module : modules) {
      modulesByCourse.into(module.courseId()).add(module.toModule(lessonsByModule.of(module.id())));
    }
    List<Course> trees = new ArrayList<>(courses.size());
    for (CourseRow course : courses) {
      trees.add(course.toCourse(modulesByCourse.of(course.id())));
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
}
