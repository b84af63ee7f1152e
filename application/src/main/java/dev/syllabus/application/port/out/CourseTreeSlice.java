package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.Course;
import java.util.List;

/** What {@link LoadCourseTreesPort} answers for a filter: the trees, and whether more follow. */
public record CourseTreeSlice(List<Course> courses, boolean hasMore) {

  public CourseTreeSlice {
    courses = List.copyOf(courses);
  }
}
