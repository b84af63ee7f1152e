package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.TrackProgressUseCase;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Driving adapter: a learner's completions, one exercise at a time. PUT marks it completed, DELETE
 * takes that back; both are idempotent. Learners change only their own; authors anyone's.
 */
@Path("/learners/{learner}/completions/{exercise}")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgressResource {

  private final TrackProgressUseCase progress;

  public ProgressResource(SyllabusUseCases useCases) {
    this.progress = useCases.trackProgress();
  }

  @PUT
  public Response complete(
      @Auth Caller caller,
      @PathParam("learner") String learner,
      @PathParam("exercise") String exercise) {
    progress.complete(command(caller, learner, exercise));
    return Response.noContent().build();
  }

  @DELETE
  public Response undo(
      @Auth Caller caller,
      @PathParam("learner") String learner,
      @PathParam("exercise") String exercise) {
    progress.undo(command(caller, learner, exercise));
    return Response.noContent().build();
  }

  private static ProgressCommand command(Caller caller, String learner, String exercise) {
    return new ProgressCommand(
        caller.viewer(),
        new LearnerId(RequestParams.positiveLong("learner id", learner)),
        new ExerciseId(RequestParams.positiveLong("exercise id", exercise)));
  }
}
