package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.ExerciseNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Driving adapter: an exercise the use case did not find answers 404. */
final class ExerciseNotFoundMapper implements ExceptionMapper<ExerciseNotFoundException> {

  @Override
  public Response toResponse(ExerciseNotFoundException exception) {
    return JsonErrors.response(Status.NOT_FOUND, exception.getMessage());
  }
}
