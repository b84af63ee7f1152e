package dev.syllabus.application.port.in;

/** Driving port: a reader wants one whole course tree, optionally with a learner's progress. */
public interface GetCourseTreeUseCase {

  /**
   * The course with all its modules, lessons and exercises in position order, and the learner's
   * completions within it when the query names a learner.
   *
   * @throws CourseNotFoundException if no course has the id, or it is unpublished and the viewer is
   *     not an author: its existence does not leak
   * @throws AccessDeniedException if the viewer may not read the named learner's progress
   */
  CourseTree getCourseTree(GetCourseTreeQuery query);
}
