package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.IdempotencyKeyInUseException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: a key whose first request is still running answers 409, as the draft says. */
final class IdempotencyKeyInUseMapper extends JsonErrorMapper<IdempotencyKeyInUseException> {

  IdempotencyKeyInUseMapper() {
    super(Status.CONFLICT);
  }
}
