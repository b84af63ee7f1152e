package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.List;

/**
 * Driven port: stores new course trees.
 *
 * <p>All drafts are stored or none is (one transaction), each child at the position its list gives
 * it (the first is 1), and the store assigns every id. Adapters write each level with a constant
 * number of round trips, whatever the size of the trees.
 */
public interface CreateCourseTreesPort {

  /** Stores the drafts and returns the new course ids in the order of the drafts. */
  List<CourseId> createCourseTrees(List<CourseDraft> drafts);
}
