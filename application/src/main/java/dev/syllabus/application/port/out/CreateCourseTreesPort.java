package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.List;

/**
 * Driven port: stores new course trees.
 *
 * <p>All drafts are stored or none is (one transaction, or the unit of work around the call), each
 * child at the position its list gives it (the first is 1), and the store assigns every id.
 * Adapters write each level with a constant number of round trips, whatever the size of the trees,
 * and answer with what they wrote: no statement reads the trees back.
 */
public interface CreateCourseTreesPort {

  /**
   * Stores the drafts and returns the new courses in the order of the drafts, exactly as a load
   * would return them now: every id the store assigned, at version 1.
   */
  List<Course> createCourses(List<CourseDraft> drafts);

  /** {@link #createCourses}, for callers that need only the new ids. */
  default List<CourseId> createCourseTrees(List<CourseDraft> drafts) {
    return createCourses(drafts).stream().map(Course::id).toList();
  }
}
