package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.IdempotencyKeyReusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Driving adapter: a key used before for another request answers 422, as the draft says. */
final class IdempotencyKeyReusedMapper implements ExceptionMapper<IdempotencyKeyReusedException> {

  @Override
  public Response toResponse(IdempotencyKeyReusedException exception) {
    return JsonErrors.response(InvalidCommandMapper.UNPROCESSABLE_ENTITY, exception.getMessage());
  }
}
