package dev.syllabus.adapter.in.rest;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: builds error responses in Dropwizard's {@code {code, message}} JSON shape. */
final class JsonErrors {

  private JsonErrors() {}

  /** 401 with the bearer challenge, in the same JSON shape. */
  static WebApplicationException unauthorized(String message) {
    return new WebApplicationException(
        Response.fromResponse(response(Status.UNAUTHORIZED, message))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"syllabus\"")
            .build());
  }

  /** 400 for a malformed part of the request that no use case sees, such as a header. */
  static WebApplicationException badRequest(String message) {
    return new WebApplicationException(response(Status.BAD_REQUEST, message));
  }

  /** Only the message goes out, never a stack trace or an exception's class. */
  static Response response(Status status, String message) {
    return response(status.getStatusCode(), message);
  }

  /** {@link #response(Status, String)} for a status JAX-RS has no constant for, such as 422. */
  static Response response(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(status, message))
        .build();
  }
}
