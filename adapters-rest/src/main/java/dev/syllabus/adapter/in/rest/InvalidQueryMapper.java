package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.InvalidQueryException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Driving adapter: a query that breaks a use case's rule answers 400. */
final class InvalidQueryMapper implements ExceptionMapper<InvalidQueryException> {

  @Override
  public Response toResponse(InvalidQueryException exception) {
    return JsonErrors.response(Status.BAD_REQUEST, exception.getMessage());
  }
}
