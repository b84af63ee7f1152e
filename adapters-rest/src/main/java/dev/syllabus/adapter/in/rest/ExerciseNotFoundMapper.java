package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.ExerciseNotFoundException;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: an exercise the use case did not find answers 404. */
final class ExerciseNotFoundMapper extends JsonErrorMapper<ExerciseNotFoundException> {

  ExerciseNotFoundMapper() {
    super(Status.NOT_FOUND);
  }
}
