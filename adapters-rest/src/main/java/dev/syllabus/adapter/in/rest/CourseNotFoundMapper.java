package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.CourseNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Driving adapter: a course the use case did not find answers 404. */
final class CourseNotFoundMapper implements ExceptionMapper<CourseNotFoundException> {

  @Override
  public Response toResponse(CourseNotFoundException exception) {
    return JsonErrors.response(Status.NOT_FOUND, exception.getMessage());
  }
}
