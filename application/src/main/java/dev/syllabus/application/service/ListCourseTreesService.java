package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.ListCourseTreesUseCase;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseLimits;
import java.util.List;
import java.util.Optional;

/**
 * Pages through course trees by course id, so a page never shifts when courses are added. Only
 * authors see unpublished courses; for everyone else the catalog is the published courses. A page
 * ends early, with a cursor, where its exercises would exceed what the limits let a page carry.
 */
public final class ListCourseTreesService implements ListCourseTreesUseCase {

  private final LoadCourseTreesPort courseTrees;
  private final CourseLimits limits;

  public ListCourseTreesService(LoadCourseTreesPort courseTrees, CourseLimits limits) {
    this.courseTrees = courseTrees;
    this.limits = limits;
  }

  @Override
  public CourseTreePage listCourseTrees(ListCourseTreesQuery query) {
    Optional<Boolean> published = query.published();
    if (!query.viewer().seesUnpublished()) {
      if (published.equals(Optional.of(false))) {
        return new CourseTreePage(List.of(), Optional.empty());
      }
      published = Optional.of(true);
    }
    CourseTreeSlice slice =
        courseTrees.loadCourseTrees(
            new CourseTreeFilter(published, query.after(), query.limit(), limits), query.depth());
    List<Course> courses = slice.courses();
    return new CourseTreePage(
        courses,
        slice.hasMore() ? Optional.of(courses.get(courses.size() - 1).id()) : Optional.empty());
  }
}
