package dev.syllabus.benchmarks;

import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.profiling.StatementCounter;
import java.util.List;
import java.util.Optional;

/** A loader alone, in this JVM: the port call that builds the course aggregates, nothing more. */
final class LoaderTarget implements Target {

  private final LoadCourseTreesPort loader;
  private final StatementCounter statements;
  private final BenchData data;

  LoaderTarget(LoadCourseTreesPort loader, StatementCounter statements, BenchData data) {
    this.loader = loader;
    this.statements = statements;
    this.data = data;
  }

  /** The filter of the page: the published courses, 50 of them. */
  static CourseTreeFilter page() {
    return new CourseTreeFilter(Optional.of(true), Optional.empty(), Shape.PAGE_SIZE);
  }

  @Override
  public Outcome serve(Shape shape) {
    try (StatementCounter.Window window = statements.open()) {
      List<Course> trees =
          shape == Shape.PAGE
              ? loader.loadCourseTrees(page()).courses()
              : loader.loadCourseTrees(List.of(new CourseId(data.courseId(shape))));
      int exercises = exercises(trees);
      if (exercises != shape.exercises()) {
        throw new IllegalStateException(
            "loaded " + exercises + " exercises for " + shape + ", expected " + shape.exercises());
      }
      return new Outcome(window.statements(), -1);
    }
  }

  static int exercises(List<Course> trees) {
    int count = 0;
    for (Course course : trees) {
      for (CourseModule module : course.modules()) {
        for (Lesson lesson : module.lessons()) {
          count += lesson.exercises().size();
        }
      }
    }
    return count;
  }
}
