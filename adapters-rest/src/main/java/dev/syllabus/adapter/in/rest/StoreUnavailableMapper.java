package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.StoreUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Driving adapter: a store that cannot answer now answers 503 with {@code Retry-After}, in whole
 * seconds. It is logged where the store's state changes, not here: an outage would otherwise write
 * one stack trace per request.
 */
final class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {

  @Override
  public Response toResponse(StoreUnavailableException exception) {
    return Response.fromResponse(
            JsonErrors.response(Status.SERVICE_UNAVAILABLE, exception.getMessage()))
        .header(HttpHeaders.RETRY_AFTER, Math.max(1, exception.retryAfter().toSeconds()))
        .build();
  }
}
