package dev.syllabus.application.port.in;

/** Driving port: a reader wants one course tree, optionally with a learner's progress. */
public interface GetCourseTreeUseCase {

  /**
   * The course with its modules, lessons and exercises down to the query's depth, in position
   * order, and the learner's progress within it when the query names a learner: at every level,
   * counted over all the course's exercises whatever the depth.
   *
   * @throws CourseNotFoundException if no course has the id, or it is unpublished and the viewer is
   *     not an author: its existence does not leak
   * @throws AccessDeniedException if the viewer may not read the named learner's progress
   */
  CourseTree getCourseTree(GetCourseTreeQuery query);
}
