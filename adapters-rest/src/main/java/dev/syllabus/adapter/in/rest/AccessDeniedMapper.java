package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.AccessDeniedException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: a known caller asking for what is not theirs answers 403. */
final class AccessDeniedMapper extends JsonErrorMapper<AccessDeniedException> {

  AccessDeniedMapper() {
    super(Status.FORBIDDEN);
  }
}
