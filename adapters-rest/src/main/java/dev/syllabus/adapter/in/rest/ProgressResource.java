package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.TrackProgressUseCase;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
@ApiErrors.Common
@SecurityRequirement(name = ApiErrors.BEARER)
public final class ProgressResource {

  private final TrackProgressUseCase progress;

  public ProgressResource(SyllabusUseCases useCases) {
    this.progress = useCases.trackProgress();
  }

  @PUT
  @Operation(summary = "Mark an exercise completed by a learner (idempotent)")
  @ApiResponse(responseCode = "204", description = "Completed")
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  public Response complete(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the learner's id",
              schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("learner")
          String learner,
      @Parameter(
              description = "the exercise's id",
              schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("exercise")
          String exercise) {
    progress.complete(command(caller, learner, exercise));
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Take a learner's completion of an exercise back (idempotent)")
  @ApiResponse(responseCode = "204", description = "Not completed")
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  public Response undo(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the learner's id",
              schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("learner")
          String learner,
      @Parameter(
              description = "the exercise's id",
              schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("exercise")
          String exercise) {
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
