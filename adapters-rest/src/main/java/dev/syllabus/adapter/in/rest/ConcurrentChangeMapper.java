package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.ConcurrentChangeException;
import jakarta.ws.rs.core.Response.Status;

/**
 * Driving adapter: a change that kept colliding with others answers 409, and nothing of it was
 * kept.
 */
final class ConcurrentChangeMapper extends JsonErrorMapper<ConcurrentChangeException> {

  ConcurrentChangeMapper() {
    super(Status.CONFLICT);
  }
}
