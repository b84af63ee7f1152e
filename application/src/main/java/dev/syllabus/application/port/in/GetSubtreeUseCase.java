package dev.syllabus.application.port.in;

/** Driving port: a reader wants one module or lesson and what lies below it, not a whole course. */
public interface GetSubtreeUseCase {

  /**
   * The node's course holding only the path to the node and the node's subtree down to the query's
   * depth, with the learner's progress in the subtree when the query names a learner. The course's
   * rules hold: its version is the subtree's, and a draft is there only for authors.
   *
   * @throws NodeNotFoundException if no module or lesson has the id, or its course is unpublished
   *     and the viewer is not an author
   * @throws AccessDeniedException if the viewer may not read the named learner's progress
   */
  CourseTree getSubtree(GetSubtreeQuery query);
}
