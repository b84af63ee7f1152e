package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.Lesson;
import java.util.List;

/** Drafts and draft-shaped views of loaded trees, so tests compare content without ids. */
public final class CourseTreeFixtures {

  private CourseTreeFixtures() {}

  /** The draft a loaded course would have come from: titles, types and order, ids dropped. */
  public static CourseDraft asDraft(Course course) {
    return new CourseDraft(
        course.title(),
        course.published(),
        course.modules().stream().map(CourseTreeFixtures::asDraft).toList());
  }

  private static ModuleDraft asDraft(CourseModule module) {
    return new ModuleDraft(
        module.title(), module.lessons().stream().map(CourseTreeFixtures::asDraft).toList());
  }

  private static LessonDraft asDraft(Lesson lesson) {
    return new LessonDraft(
        lesson.title(), lesson.exercises().stream().map(CourseTreeFixtures::asDraft).toList());
  }

  private static ExerciseDraft asDraft(Exercise exercise) {
    return new ExerciseDraft(exercise.type(), exercise.title());
  }

  /** Positions of each level are 1, 2, 3, … in list order, as the ports promise. */
  public static boolean positionsAreDense(Course course) {
    return dense(course.modules().stream().map(CourseModule::position).toList())
        && course.modules().stream()
            .allMatch(
                module ->
                    dense(module.lessons().stream().map(Lesson::position).toList())
                        && module.lessons().stream()
                            .allMatch(
                                lesson ->
                                    dense(
                                        lesson.exercises().stream()
                                            .map(Exercise::position)
                                            .toList())));
  }

  private static boolean dense(List<Integer> positions) {
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i) != i + 1) {
        return false;
      }
    }
    return true;
  }
}
