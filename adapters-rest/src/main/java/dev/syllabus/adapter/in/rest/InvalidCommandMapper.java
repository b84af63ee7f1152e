package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.InvalidCommandException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Driving adapter: a body that breaks rules answers 422 and names every offending field. */
final class InvalidCommandMapper implements ExceptionMapper<InvalidCommandException> {

  static final int UNPROCESSABLE_ENTITY = 422;

  @Override
  public Response toResponse(InvalidCommandException exception) {
    List<ValidationErrorView.FieldError> errors =
        exception.violations().stream()
            .map(v -> new ValidationErrorView.FieldError(v.field(), v.message()))
            .toList();
    return Response.status(UNPROCESSABLE_ENTITY)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ValidationErrorView(UNPROCESSABLE_ENTITY, exception.getMessage(), errors))
        .build();
  }
}
