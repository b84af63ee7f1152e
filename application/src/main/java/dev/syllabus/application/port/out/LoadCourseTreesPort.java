package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeDepth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Driven port: reads course aggregates, whole or down to a depth, or one module or lesson with what
 * lies below it.
 *
 * <p>Every adapter returns each course with its modules, lessons and exercises down to the depth
 * asked (the levels below it empty, and not read), each level in position order, and keeps the
 * number of round trips to its store independent of the size of the trees where it can: that is
 * what it is for. Each call reads from one state of the store, so that a tree never mixes two
 * (inside a {@link UnitOfWorkPort#read}, that unit's). Failures of the store are thrown, never
 * turned into empty results.
 */
public interface LoadCourseTreesPort {

  /** The whole trees of the courses among {@code ids} that exist, ordered by course id. */
  default List<Course> loadCourseTrees(Collection<CourseId> ids) {
    return loadCourseTrees(ids, TreeDepth.EXERCISES);
  }

  /** The trees, down to {@code depth}, of the courses among {@code ids} that exist, by id. */
  List<Course> loadCourseTrees(Collection<CourseId> ids, TreeDepth depth);

  /** {@link #loadCourseTrees(CourseTreeFilter, TreeDepth)} down to the exercises. */
  default CourseTreeSlice loadCourseTrees(CourseTreeFilter filter) {
    return loadCourseTrees(filter, TreeDepth.EXERCISES);
  }

  /**
   * The trees, down to {@code depth}, of the first courses matching the filter with an id greater
   * than {@code filter.after()}, ordered by course id, as many as {@link
   * CourseTreeFilter#coursesInSlice} allows given their stored sizes (at most {@code
   * filter.limit()}, and never none while one matches), and whether more courses match after them.
   * The sizes decide before any exercise is read.
   */
  CourseTreeSlice loadCourseTrees(CourseTreeFilter filter, TreeDepth depth);

  /**
   * The course of the module or lesson {@code node}, holding only the path to the node (its module,
   * for a lesson) and the node's subtree down to {@code depth}; empty if no such node exists. An
   * exercise has no subtree: {@link IllegalArgumentException}.
   */
  Optional<Course> loadSubtree(ChildId node, TreeDepth depth);
}
