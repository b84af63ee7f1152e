package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.VersionMismatchException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Driving adapter: a write whose If-Match names an older version answers 412, with the current
 * version's ETag so that the client knows what to fetch.
 */
final class VersionMismatchMapper implements ExceptionMapper<VersionMismatchException> {

  @Override
  public Response toResponse(VersionMismatchException exception) {
    return Response.fromResponse(
            JsonErrors.response(Status.PRECONDITION_FAILED, exception.getMessage()))
        .header(HttpHeaders.ETAG, ETags.header(exception.currentVersion()))
        .build();
  }
}
