package dev.syllabus.application.service;

import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.GenerateCoursesUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creates synthetic courses through the same ports real content goes through, and announces them as
 * an import does.
 */
public final class GenerateCoursesService implements GenerateCoursesUseCase {

  private final CreateCourseTreesPort store;
  private final LoadCourseTreesPort courseTrees;
  private final RecordCompletionsPort completions;
  private final AnnounceCourseChangesPort changes;

  public GenerateCoursesService(
      CreateCourseTreesPort store,
      LoadCourseTreesPort courseTrees,
      RecordCompletionsPort completions,
      AnnounceCourseChangesPort changes) {
    this.store = store;
    this.courseTrees = courseTrees;
    this.completions = completions;
    this.changes = changes;
  }

  @Override
  public List<CourseId> generateCourses(Viewer caller, GenerateCoursesCommand command) {
    Authors.require(caller);
    CourseShape shape = new CourseShape(command.modules(), command.lessons(), command.exercises());
    List<CourseDraft> drafts = new ArrayList<>(command.courses());
    for (int c = 1; c <= command.courses(); c++) {
      drafts.add(shape.draft("Synthetic course " + c, command.published()));
    }
    List<CourseId> ids = store.createCourseTrees(drafts);
    changes.coursesChanged(Set.copyOf(ids));
    command.completionsFor().ifPresent(learner -> completeEverySecondExercise(learner, ids));
    return ids;
  }

  private void completeEverySecondExercise(LearnerId learner, List<CourseId> ids) {
    List<ExerciseId> completed = new ArrayList<>();
    for (Course course : courseTrees.loadCourseTrees(ids)) {
      List<ExerciseId> exercises = course.exerciseIds();
      for (int i = 0; i < exercises.size(); i += 2) {
        completed.add(exercises.get(i));
      }
    }
    if (!completed.isEmpty() && !completions.recordCompletions(learner, completed)) {
      throw new IllegalStateException("The courses just generated lost exercises meanwhile");
    }
  }
}
