package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import java.util.Objects;
import java.util.Optional;

/** Which courses {@link LoadCourseTreesPort} loads a slice of: a keyset page over course ids. */
public record CourseTreeFilter(Optional<Boolean> published, Optional<CourseId> after, int limit) {

  public CourseTreeFilter {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }

  /** Whether a course with these attributes passes the filter. */
  public boolean matches(CourseId id, boolean coursePublished) {
    return after.map(last -> id.value() > last.value()).orElse(true)
        && published.map(wanted -> wanted == coursePublished).orElse(true);
  }
}
