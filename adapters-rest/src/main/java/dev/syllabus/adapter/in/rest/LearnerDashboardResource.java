package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.GetLearnerDashboardQuery;
import dev.syllabus.application.port.in.GetLearnerDashboardUseCase;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/**
 * Driving adapter: a learner's dashboard, every course they began with how far they got, for the
 * learner or an author. Paged by course id with the cursor of {@code /courses}.
 */
@Path("/learners/{learner}/progress")
@Produces(MediaType.APPLICATION_JSON)
@ApiErrors.Common
@SecurityRequirement(name = ApiErrors.BEARER)
public final class LearnerDashboardResource {

  private final CourseViewMapper views = Mappers.getMapper(CourseViewMapper.class);
  private final GetLearnerDashboardUseCase dashboard;

  public LearnerDashboardResource(SyllabusUseCases useCases) {
    this.dashboard = useCases.getLearnerDashboard();
  }

  @GET
  @Operation(
      summary = "A learner's dashboard: the courses they began, with completed and total exercises",
      description =
          "Every course in which the learner completed an exercise, by course id; drafts only for"
              + " authors. The learner's token or an author's.")
  @ApiResponse(
      responseCode = "200",
      description = "A page of the courses begun",
      content = @Content(schema = @Schema(implementation = LearnerDashboardView.class)))
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  public LearnerDashboardView dashboard(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the learner's id",
              schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("learner")
          String learner,
      @Parameter(
              description = "at most this many courses",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "the opaque cursor of a page's next") @QueryParam("after")
          String after) {
    return views.toView(
        dashboard.getDashboard(
            new GetLearnerDashboardQuery(
                new LearnerId(RequestParams.positiveLong("learner id", learner)),
                RequestParams.intOrDefault("limit", limit, ListCourseTreesQuery.DEFAULT_LIMIT),
                Optional.ofNullable(after).map(PageCursor::decode),
                caller.viewer())));
  }
}
