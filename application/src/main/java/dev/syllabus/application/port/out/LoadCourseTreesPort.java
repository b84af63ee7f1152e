package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import java.util.Collection;
import java.util.List;

/**
 * Driven port: reads whole course aggregates.
 *
 * <p>Every adapter returns each course with all its modules, lessons and exercises, each level in
 * position order, and keeps the number of round trips to its store independent of the size of the
 * trees where it can: that is what it is for. Failures of the store are thrown, never turned into
 * empty results.
 */
public interface LoadCourseTreesPort {

  /** The trees of the courses among {@code ids} that exist, ordered by course id. */
  List<Course> loadCourseTrees(Collection<CourseId> ids);

  /**
   * The trees of the first courses matching the filter with an id greater than {@code
   * filter.after()}, ordered by course id, as many as {@link CourseTreeFilter#coursesInSlice}
   * allows given their stored sizes (at most {@code filter.limit()}, and never none while one
   * matches), and whether more courses match after them. The sizes decide before any exercise is
   * read.
   */
  CourseTreeSlice loadCourseTrees(CourseTreeFilter filter);
}
