package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mapstruct.factory.Mappers;

/**
 * Driving adapter: course trees over HTTP. The catalog of published trees is public; authors
 * import, change and delete courses and add their modules. A tree's version is its ETag: a reader
 * revalidates with If-None-Match, a writer guards with If-Match.
 */
@Path("/courses")
@ApiErrors.Common
@SecurityScheme(name = ApiErrors.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CourseResource {

  private final CourseViewMapper views = Mappers.getMapper(CourseViewMapper.class);
  private final SyllabusUseCases useCases;

  public CourseResource(SyllabusUseCases useCases) {
    this.useCases = useCases;
  }

  // Parameters arrive as strings so that a malformed one answers 400, path ids included.
  @GET
  @Path("/{id}")
  @CatalogRead
  @Operation(
      summary = "One course tree",
      description =
          "Public for a published course; a draft needs an author's token, a learner's progress"
              + " that learner's or an author's. Only the plain tree has an ETag. "
              + ApiErrors.OPTIONAL_TOKEN,
      parameters =
          @Parameter(
              name = ApiErrors.POSITION,
              in = ParameterIn.HEADER,
              description = ApiErrors.POSITION_DESCRIPTION,
              schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "200",
      description = "The tree",
      headers = {
        @Header(name = "ETag", description = "the course's version, without a learner"),
        @Header(name = "Cache-Control", description = ApiErrors.CACHE_CONTROL),
        @Header(name = "Vary", description = ApiErrors.VARY)
      },
      content = @Content(schema = @Schema(implementation = CourseView.class)))
  @ApiResponse(
      responseCode = "304",
      description = "Not modified since the If-None-Match ETag",
      headers = {
        @Header(name = "ETag"),
        @Header(name = "Cache-Control", description = ApiErrors.CACHE_CONTROL),
        @Header(name = "Vary", description = ApiErrors.VARY)
      })
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  public Response course(
      @Parameter(hidden = true) @Auth Optional<Caller> caller,
      @Parameter(description = "the course id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(
              description = "a learner whose progress to add",
              schema = @Schema(type = "integer", minimum = "1"))
          @QueryParam("learner")
          String learner,
      @Parameter(
              description = ApiErrors.DEPTH,
              schema =
                  @Schema(
                      allowableValues = {"modules", "lessons", "exercises"},
                      defaultValue = "exercises"))
          @QueryParam("depth")
          String depth,
      @Context Request request,
      @Context HttpHeaders headers) {
    CourseId course = courseId(id);
    TreeDepth readTo = RequestParams.depth(depth);
    Optional<LearnerId> learnerId = RequestParams.progressOf(learner, caller);
    Viewer viewer = Caller.viewerOf(caller);
    // A progress view changes with every completion, which the tree's version does not count:
    // only the plain tree has an ETag, and only it can be answered with 304.
    if (learnerId.isEmpty() && headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
      CourseVersion current = useCases.getCourseVersion().getCourseVersion(course, viewer);
      Response.ResponseBuilder notModified =
          request.evaluatePreconditions(ETags.of(current.version()));
      if (notModified != null) {
        return notModified.build();
      }
    }
    CourseTree tree =
        useCases
            .getCourseTree()
            .getCourseTree(new GetCourseTreeQuery(course, learnerId, readTo, viewer));
    Response.ResponseBuilder ok = Response.ok(views.toView(tree));
    return (learnerId.isEmpty()
            ? ok.header(HttpHeaders.ETAG, ETags.header(tree.course().version()))
            : ok)
        .build();
  }

  @GET
  @CatalogRead
  @Operation(
      summary = "A page of course trees, by course id",
      description =
          "Drafts only for authors. A page ends early at limits.maxExercisesPerPage. "
              + ApiErrors.OPTIONAL_TOKEN,
      parameters =
          @Parameter(
              name = ApiErrors.POSITION,
              in = ParameterIn.HEADER,
              description = ApiErrors.POSITION_DESCRIPTION,
              schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "200",
      description = "The page",
      headers = {
        @Header(name = "Cache-Control", description = ApiErrors.CACHE_CONTROL),
        @Header(name = "Vary", description = ApiErrors.VARY)
      },
      content = @Content(schema = @Schema(implementation = CourseTreePageView.class)))
  public CourseTreePageView courses(
      @Parameter(hidden = true) @Auth Optional<Caller> caller,
      @Parameter(description = "only published or only drafts", schema = @Schema(type = "boolean"))
          @QueryParam("published")
          String published,
      @Parameter(
              description = "at most this many courses",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "the opaque cursor of a page's next") @QueryParam("after")
          String after,
      @Parameter(
              description = ApiErrors.DEPTH,
              schema =
                  @Schema(
                      allowableValues = {"modules", "lessons", "exercises"},
                      defaultValue = "exercises"))
          @QueryParam("depth")
          String depth) {
    TreeDepth readTo = RequestParams.depth(depth);
    ListCourseTreesQuery query =
        new ListCourseTreesQuery(
            RequestParams.optionalBoolean("published", published),
            RequestParams.intOrDefault("limit", limit, ListCourseTreesQuery.DEFAULT_LIMIT),
            Optional.ofNullable(after).map(PageCursor::decode),
            readTo,
            Caller.viewerOf(caller));
    return views.toView(useCases.listCourseTrees().listCourseTrees(query), readTo);
  }

  /**
   * Imports a whole course tree at once: all or nothing, a handful of statements at any size, and
   * answered with what was written. Under an Idempotency-Key, a retry is answered as the first
   * request was, and creates nothing.
   */
  @POST
  @RolesAllowed(Caller.AUTHOR)
  @Operation(summary = "Import a whole course tree, all or nothing")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiResponse(
      responseCode = "201",
      description = "The tree as written; Location names it, ETag is its version",
      headers = {@Header(name = "Location"), @Header(name = "ETag")},
      content = @Content(schema = @Schema(implementation = CourseView.class)))
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.Conflict
  @ApiErrors.TooLarge
  @ApiErrors.Unprocessable
  public Response importCourse(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "makes a retry answer as the first request did",
              schema = @Schema(type = "string"))
          @HeaderParam(IdempotencyKeyHeader.NAME)
          List<String> idempotencyKey,
      CourseTreeRequest body) {
    ImportCourseTreeCommand command =
        new ImportCourseTreeCommand(
            requireBody(body).toDraft(), IdempotencyKeyHeader.of(idempotencyKey, caller));
    Course course = useCases.importCourseTree().importCourseTree(caller.viewer(), command);
    return Response.created(URI.create("/courses/" + course.id()))
        .header(HttpHeaders.ETAG, ETags.header(course.version()))
        .entity(views.toView(new CourseTree(course, Optional.empty())))
        .build();
  }

  private static CourseTreeRequest requireBody(CourseTreeRequest body) {
    if (body == null) {
      throw InvalidCommandException.of("body", "is required: a course tree");
    }
    return body;
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Caller.AUTHOR)
  @Operation(summary = "Rename a course, publish or unpublish it")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiErrors.Changed
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  @ApiErrors.TooLarge
  @ApiErrors.Unprocessable
  public Response editCourse(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(description = "the course id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch,
      CourseChangeRequest body) {
    CourseChangeRequest change = body == null ? new CourseChangeRequest(null, null) : body;
    CourseVersion version =
        useCases
            .editCourse()
            .editCourse(
                caller.viewer(),
                new EditCourseCommand(
                    courseId(id),
                    Optional.ofNullable(change.title()),
                    Optional.ofNullable(change.published()),
                    ETags.expectedVersion(ifMatch)));
    return Changes.ok(version);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Caller.AUTHOR)
  @Operation(summary = "Delete a course and everything in it")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  public Response deleteCourse(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(description = "the course id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch) {
    useCases
        .deleteCourse()
        .deleteCourse(caller.viewer(), courseId(id), ETags.expectedVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/modules")
  @RolesAllowed(Caller.AUTHOR)
  @Operation(summary = "Add a module to a course, last or at a position")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiErrors.Added
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  @ApiErrors.TooLarge
  @ApiErrors.Unprocessable
  public Response addModule(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(description = "the course id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch,
      NodeRequest body) {
    NodeRequest module = body == null ? NodeRequest.EMPTY : body;
    ChildChange change =
        useCases
            .addChild()
            .addChild(
                caller.viewer(),
                new AddChildCommand(
                    courseId(id),
                    module.title(),
                    Optional.ofNullable(module.type()),
                    module.position() == null
                        ? OptionalInt.empty()
                        : OptionalInt.of(module.position()),
                    ETags.expectedVersion(ifMatch)));
    return Changes.created(change);
  }

  private static CourseId courseId(String id) {
    return new CourseId(RequestParams.positiveLong("course id", id));
  }
}
