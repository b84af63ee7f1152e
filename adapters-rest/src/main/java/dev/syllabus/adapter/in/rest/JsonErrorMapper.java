package dev.syllabus.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Driving adapter: turns one named exception of the use cases into a JSON error with one status.
 * Only the exception's message goes out, never a stack trace, SQL or a class name.
 */
abstract class JsonErrorMapper<E extends RuntimeException> implements ExceptionMapper<E> {

  private final Status status;

  JsonErrorMapper(Status status) {
    this.status = status;
  }

  @Override
  public Response toResponse(E exception) {
    return JsonErrors.response(status, exception.getMessage());
  }
}
