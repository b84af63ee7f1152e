package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.CourseNotFoundException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: a course the use case did not find (or may not show) answers 404. */
final class CourseNotFoundMapper extends JsonErrorMapper<CourseNotFoundException> {

  CourseNotFoundMapper() {
    super(Status.NOT_FOUND);
  }
}
