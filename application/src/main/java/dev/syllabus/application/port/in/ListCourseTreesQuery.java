package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeDepth;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link ListCourseTreesUseCase}: an optional filter on publication, a page size of
 * {@value #MIN_LIMIT} to {@value #MAX_LIMIT}, the last course id of the previous page, how far down
 * to read the trees, and who asks (only authors see unpublished courses).
 */
public record ListCourseTreesQuery(
    Optional<Boolean> published,
    int limit,
    Optional<CourseId> after,
    TreeDepth depth,
    Viewer viewer) {

  public static final int MIN_LIMIT = 1;
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  public ListCourseTreesQuery {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(viewer, "viewer");
    if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
      throw new InvalidQueryException(
          "limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** A page of whole trees, down to their exercises. */
  public ListCourseTreesQuery(
      Optional<Boolean> published, int limit, Optional<CourseId> after, Viewer viewer) {
    this(published, limit, after, TreeDepth.EXERCISES, viewer);
  }
}
