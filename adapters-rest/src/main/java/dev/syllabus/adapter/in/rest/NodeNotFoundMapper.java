package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.NodeNotFoundException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: a module, lesson or exercise the use case did not find answers 404. */
final class NodeNotFoundMapper extends JsonErrorMapper<NodeNotFoundException> {

  NodeNotFoundMapper() {
    super(Status.NOT_FOUND);
  }
}
