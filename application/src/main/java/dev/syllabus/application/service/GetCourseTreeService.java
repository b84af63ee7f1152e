package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.GetCourseTreeUseCase;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.Course;
import java.util.List;

/**
 * Serves one course tree: the tree first, then the learner's progress within it, both read from one
 * snapshot so that the progress always belongs to the tree it comes with.
 */
public final class GetCourseTreeService implements GetCourseTreeUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final LoadCourseTreesPort courseTrees;
  private final LoadCompletionsPort completions;

  public GetCourseTreeService(
      UnitOfWorkPort unitOfWork, LoadCourseTreesPort courseTrees, LoadCompletionsPort completions) {
    this.unitOfWork = unitOfWork;
    this.courseTrees = courseTrees;
    this.completions = completions;
  }

  @Override
  public CourseTree getCourseTree(GetCourseTreeQuery query) {
    LearnerAccess.require(query.viewer(), query.learner());
    // The tree alone is one call of the port, which reads it from one snapshot itself; only the
    // learner's progress, read after the tree, needs a unit of work around both.
    return query.learner().isEmpty() ? tree(query) : unitOfWork.read(() -> tree(query));
  }

  private CourseTree tree(GetCourseTreeQuery query) {
    List<Course> found = courseTrees.loadCourseTrees(List.of(query.courseId()), query.depth());
    if (found.isEmpty() || !query.viewer().sees(found.get(0).published())) {
      throw new CourseNotFoundException(query.courseId());
    }
    return ProgressReads.treeOf(completions, found.get(0), query.learner(), query.depth());
  }
}
