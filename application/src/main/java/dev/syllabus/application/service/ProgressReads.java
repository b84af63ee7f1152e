package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.TreeProgress;
import java.util.Optional;

/**
 * A learner's progress in what a tree read found, with one read of the completions whatever the
 * depth: among the exercises read when the read went down to them, otherwise counted per lesson of
 * the modules read, so that the counts cover the exercises below the depth too.
 */
final class ProgressReads {

  private ProgressReads() {}

  /** What a read found, to its depth, with the learner's progress in it if one was asked. */
  static CourseTree treeOf(
      LoadCompletionsPort completions, Course read, Optional<LearnerId> learner, TreeDepth depth) {
    return new CourseTree(read, depth, learner.map(asked -> of(completions, asked, read, depth)));
  }

  static TreeProgress of(
      LoadCompletionsPort completions, LearnerId learner, Course read, TreeDepth depth) {
    if (depth.includesExercises()) {
      return TreeProgress.of(read, completions.loadCompletions(learner, read.exerciseIds()));
    }
    return TreeProgress.of(
        learner,
        completions.loadLessonProgress(
            learner, read.modules().stream().map(CourseModule::id).toList()));
  }
}
