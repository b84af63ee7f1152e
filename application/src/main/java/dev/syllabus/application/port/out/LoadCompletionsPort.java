package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import dev.syllabus.domain.progress.LessonProgress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Driven port: reads which exercises a learner has completed, one by one or counted.
 *
 * <p>Answers only for what it is asked about, in a number of round trips that grows neither with
 * the exercises nor with the courses where the store allows it.
 */
public interface LoadCompletionsPort {

  /** The learner's progress restricted to {@code exercises}; ids that do not exist are ignored. */
  LearnerProgress loadCompletions(LearnerId learner, Collection<ExerciseId> exercises);

  /**
   * For every lesson of the {@code modules}, how many of its exercises the learner has completed
   * and how many it has, without reading the exercises themselves; lessons without exercises count
   * 0 of 0, and modules that do not exist are ignored.
   */
  List<LessonProgress> loadLessonProgress(LearnerId learner, Collection<ModuleId> modules);

  /**
   * The first {@code limit} courses, by id after {@code after}, in which the learner has completed
   * at least one exercise, each with completed and total exercises; drafts only if {@code
   * withDrafts}.
   */
  List<CourseProgress> loadCoursesInProgress(
      LearnerId learner, boolean withDrafts, Optional<CourseId> after, int limit);
}
