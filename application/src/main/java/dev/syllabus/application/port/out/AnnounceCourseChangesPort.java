package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import java.util.Set;

/**
 * Driven port: tells whoever keeps copies of course trees outside the store (an HTTP cache in front
 * of the service) that these courses changed, so that they drop their copies.
 *
 * <p>The services call it once a change is committed, never inside its unit of work: a copy made
 * from the store between the announcement and the commit would show the old tree. It must not fail
 * the change it announces, which is kept whatever happens: an adapter that cannot reach its
 * listeners says so in its own way and returns, within a bounded time.
 */
public interface AnnounceCourseChangesPort {

  /** Nobody to tell: no copies are kept outside the store. */
  AnnounceCourseChangesPort NOBODY = courses -> {};

  /** These courses' trees changed, were created or were deleted. */
  void coursesChanged(Set<CourseId> courses);
}
