package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which courses {@link LoadCourseTreesPort} loads a slice of: a keyset page over course ids, of at
 * most {@code limit} courses and, by their exercises, at most what {@code limits} lets a page
 * carry.
 */
public record CourseTreeFilter(
    Optional<Boolean> published, Optional<CourseId> after, int limit, CourseLimits limits) {

  public CourseTreeFilter {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(limits, "limits");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }

  /** A filter whose pages are bounded by the default {@link CourseLimits}. */
  public CourseTreeFilter(Optional<Boolean> published, Optional<CourseId> after, int limit) {
    this(published, after, limit, CourseLimits.DEFAULT);
  }

  /** Whether a course with these attributes passes the filter. */
  public boolean matches(CourseId id, boolean coursePublished) {
    return after.map(last -> id.value() > last.value()).orElse(true)
        && published.map(wanted -> wanted == coursePublished).orElse(true);
  }

  /**
   * How many of the matching courses, in order, with these sizes, make the slice: no more than
   * {@code limit}, and no more than their exercises allow ({@link CourseLimits#coursesOnPage}). The
   * sizes are those stored with the courses, so that the slice ends before its exercises are read.
   */
  public int coursesInSlice(List<CourseSize> sizes) {
    return limits.coursesOnPage(sizes.subList(0, Math.min(limit, sizes.size())));
  }
}
