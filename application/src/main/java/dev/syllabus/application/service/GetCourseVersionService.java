package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.GetCourseVersionUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.domain.course.CourseId;

/** Answers "is my copy current?" from the course row alone, under the same visibility rule. */
public final class GetCourseVersionService implements GetCourseVersionUseCase {

  private final LoadCourseStatePort courses;

  public GetCourseVersionService(LoadCourseStatePort courses) {
    this.courses = courses;
  }

  @Override
  public CourseVersion getCourseVersion(CourseId course, Viewer viewer) {
    return courses
        .loadCourseState(course)
        .filter(state -> viewer.sees(state.published()))
        .map(state -> new CourseVersion(course, state.version()))
        .orElseThrow(() -> new CourseNotFoundException(course));
  }
}
