package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;

/** No course has the id a caller asked for. */
public class CourseNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CourseId courseId;

  public CourseNotFoundException(CourseId courseId) {
    super("Course " + courseId + " not found");
    this.courseId = courseId;
  }

  public CourseId courseId() {
    return courseId;
  }
}
