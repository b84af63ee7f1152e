package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter that loads course trees the way lazy nested serializers do: the children of each
 * parent with a statement of their own, 2 + modules + lessons statements for one course (the N+1
 * problem). Kept to teach and to measure {@link JdbiCourseTreeLoader} against; select it with
 * {@code persistence.loading: naive}.
 */
public final class NaiveJdbiCourseTreeLoader extends CourseTreeReader {

  public NaiveJdbiCourseTreeLoader(Jdbi jdbi) {
    super(jdbi);
  }

  @Override
  List<Course> withChildren(CourseTreeDao dao, List<CourseRow> courses) {
    List<Course> trees = new ArrayList<>(courses.size());
    for (CourseRow course : courses) {
      List<CourseModule> modules = new ArrayList<>();
      for (ModuleRow module : dao.modulesOfCourse(course.id())) {
        List<Lesson> lessons = new ArrayList<>();
        for (LessonRow lesson : dao.lessonsOfModule(module.id())) {
          List<Exercise> exercises = new ArrayList<>();
          for (ExerciseRow exercise : dao.exercisesOfLesson(lesson.id())) {
            exercises.add(exercise.toExercise());
          }
          lessons.add(lesson.toLesson(exercises));
        }
        modules.add(module.toModule(lessons));
      }
      trees.add(course.toCourse(modules));
    }
    return trees;
  }
}
