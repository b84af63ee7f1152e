package dev.syllabus.application.port.in;

/** Driving port: a reader pages through whole course trees, oldest course first. */
public interface ListCourseTreesUseCase {

  /**
   * Up to {@code query.limit()} course trees that match the filter, ordered by course id and
   * starting after the query's cursor; {@code next} is the cursor of the following page, empty on
   * the last one.
   */
  CourseTreePage listCourseTrees(ListCourseTreesQuery query);
}
