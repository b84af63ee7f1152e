package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter that loads course trees the way lazy nested serializers do: the children of each
 * parent with a statement of their own, 2 + modules + lessons statements for one course (the N+1
 * problem), and so for every level of a subtree or down to a depth. Kept to teach and to measure
 * {@link JdbiCourseTreeLoader} against; select it with {@code persistence.loading: naive}.
 */
public final class NaiveJdbiCourseTreeLoader extends CourseTreeReader {

  public NaiveJdbiCourseTreeLoader(Jdbi jdbi) {
    super(jdbi, DEFAULT_COMPACT_ABOVE_EXERCISES);
  }

  @Override
  List<ModuleRow> modulesOf(CourseTreeDao dao, long[] courseIds) {
    List<ModuleRow> modules = new ArrayList<>();
    for (long course : courseIds) {
      modules.addAll(dao.modulesOfCourse(course));
    }
    return modules;
  }

  @Override
  List<LessonRow> lessonsOf(CourseTreeDao dao, long[] moduleIds) {
    List<LessonRow> lessons = new ArrayList<>();
    for (long module : moduleIds) {
      lessons.addAll(dao.lessonsOfModule(module));
    }
    return lessons;
  }

  @Override
  void exercisesOf(
      CourseTreeDao dao, long[] lessonIds, ChildrenByParent<ExerciseList.Builder, Exercise> into) {
    for (long lesson : lessonIds) {
      dao.exercisesOfLesson(lesson, into);
    }
  }
}
