package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Output of {@link ListCourseTreesUseCase}: one page of trees and where the next page starts. */
public record CourseTreePage(List<Course> courses, Optional<CourseId> next) {

  public CourseTreePage {
    courses = List.copyOf(courses);
    Objects.requireNonNull(next, "next");
  }
}
