package dev.syllabus.domain.course;

import java.util.List;
import java.util.Optional;

/**
 * How large one course may grow, and how many exercises one page of whole trees may carry: the
 * bounds that keep a single request from taking the memory of the service.
 */
public record CourseLimits(long maxNodesPerCourse, long maxExercisesPerPage) {

  /** Enough for the largest shape the benchmarks measure (50 × 40 × 50: 102,050 nodes). */
  public static final CourseLimits DEFAULT = new CourseLimits(110_000, 110_000);

  public CourseLimits {
    if (maxNodesPerCourse < 1 || maxExercisesPerPage < 1) {
      throw new IllegalArgumentException(
          "limits must be positive, were "
              + maxNodesPerCourse
              + " nodes per course and "
              + maxExercisesPerPage
              + " exercises per page");
    }
  }

  /** Why a course of this size may not exist, if it may not. */
  public Optional<String> problemWith(CourseSize size) {
    if (size.nodes() <= maxNodesPerCourse) {
      return Optional.empty();
    }
    return Optional.of(
        "would have "
            + size.nodes()
            + " nodes (modules, lessons and exercises), more than the "
            + maxNodesPerCourse
            + " a course may have");
  }

  /**
   * Refuses a course of this size, if it may not exist.
   *
   * @throws CourseRuleException naming the limit and the size, as a rule of the "course"
   */
  public void requireWithin(CourseSize size) {
    problemWith(size)
        .ifPresent(
            problem -> {
              throw new CourseRuleException("course", problem);
            });
  }

  /**
   * How many of these courses, taken in page order, one page carries: as many as fit within the
   * exercise budget together, and always the first, so that a page is never empty while courses
   * remain. A page stops at the first course that does not fit rather than skip it, or the page
   * after it would have to go back.
   */
  public int coursesOnPage(List<CourseSize> sizes) {
    if (sizes.isEmpty()) {
      return 0;
    }
    long exercises = sizes.get(0).exercises();
    int fitting = 1;
    while (fitting < sizes.size()
        && exercises + sizes.get(fitting).exercises() <= maxExercisesPerPage) {
      exercises += sizes.get(fitting).exercises();
      fitting++;
    }
    return fitting;
  }
}
