package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.InvalidQueryException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: a query that breaks a use case's rule answers 400. */
final class InvalidQueryMapper extends JsonErrorMapper<InvalidQueryException> {

  InvalidQueryMapper() {
    super(Status.BAD_REQUEST);
  }
}
