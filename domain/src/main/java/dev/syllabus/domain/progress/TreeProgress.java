package dev.syllabus.domain.progress;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's progress over one read of a course tree, at every level: which exercises are
 * completed (where the exercises were read), and completed and total exercises per lesson, rolled
 * up per module and for all the lessons counted. Lessons and modules that nothing was counted for
 * count zero.
 */
public final class TreeProgress {

  private final LearnerProgress exercises;
  private final Map<LessonId, ProgressCount> lessons;
  private final Map<ModuleId, ProgressCount> modules;
  private final ProgressCount all;

  private TreeProgress(LearnerProgress exercises, List<LessonProgress> counts) {
    this.exercises = Objects.requireNonNull(exercises, "exercises");
    this.lessons = new HashMap<>(counts.size() * 2);
    this.modules = new HashMap<>();
    ProgressCount sum = ProgressCount.NONE;
    for (LessonProgress lesson : counts) {
      lessons.merge(lesson.lesson(), lesson.count(), ProgressCount::plus);
      modules.merge(lesson.module(), lesson.count(), ProgressCount::plus);
      sum = sum.plus(lesson.count());
    }
    this.all = sum;
  }

  /** Counted from the tree's own exercises, for a read that went down to them. */
  public static TreeProgress of(Course course, LearnerProgress completed) {
    List<LessonProgress> counts = new ArrayList<>();
    for (CourseModule module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        counts.add(
            new LessonProgress(
                module.id(),
                lesson.id(),
                new ProgressCount(completed.completedIn(lesson), lesson.exercises().size())));
      }
    }
    return new TreeProgress(completed, counts);
  }

  /** From counts per lesson, for a read that stopped above the exercises: no exercise is known. */
  public static TreeProgress of(LearnerId learner, List<LessonProgress> counts) {
    return new TreeProgress(new LearnerProgress(learner, Set.of()), counts);
  }

  public LearnerId learner() {
    return exercises.learner();
  }

  /** The completions among the exercises read; none when the read stopped above them. */
  public LearnerProgress exercises() {
    return exercises;
  }

  public ProgressCount of(LessonId lesson) {
    return lessons.getOrDefault(lesson, ProgressCount.NONE);
  }

  public ProgressCount of(ModuleId module) {
    return modules.getOrDefault(module, ProgressCount.NONE);
  }

  /** Every lesson counted together: the course, when the whole course was counted. */
  public ProgressCount total() {
    return all;
  }
}
