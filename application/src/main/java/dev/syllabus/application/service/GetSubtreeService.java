package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetSubtreeQuery;
import dev.syllabus.application.port.in.GetSubtreeUseCase;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.Course;

/**
 * Serves one module or lesson and what lies below it, under the rules of its course (drafts for
 * authors only), with the learner's progress in it, all from one snapshot.
 */
public final class GetSubtreeService implements GetSubtreeUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final LoadCourseTreesPort courseTrees;
  private final LoadCompletionsPort completions;

  public GetSubtreeService(
      UnitOfWorkPort unitOfWork, LoadCourseTreesPort courseTrees, LoadCompletionsPort completions) {
    this.unitOfWork = unitOfWork;
    this.courseTrees = courseTrees;
    this.completions = completions;
  }

  @Override
  public CourseTree getSubtree(GetSubtreeQuery query) {
    LearnerAccess.require(query.viewer(), query.learner());
    return unitOfWork.read(() -> subtree(query));
  }

  private CourseTree subtree(GetSubtreeQuery query) {
    Course course =
        courseTrees
            .loadSubtree(query.node(), query.depth())
            .filter(found -> query.viewer().sees(found.published()))
            .orElseThrow(() -> new NodeNotFoundException(query.node()));
    return ProgressReads.treeOf(completions, course, query.learner(), query.depth());
  }
}
