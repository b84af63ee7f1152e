package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.DeleteChildUseCase;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.in.GetSubtreeQuery;
import dev.syllabus.application.port.in.GetSubtreeUseCase;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mapstruct.factory.Mappers;

/**
 * Driving adapter: the modules, lessons and exercises inside course trees. One resource for the
 * three kinds, as the use cases are one for the three: for authors, rename, retype, move (PATCH),
 * delete, and add a lesson to a module or an exercise to a lesson; for any reader, a module's or a
 * lesson's subtree (GET).
 */
@Path("/{kind: modules|lessons|exercises}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.AUTHOR)
@ApiErrors.Common
public final class NodeResource {

  private final CourseViewMapper views = Mappers.getMapper(CourseViewMapper.class);
  private final GetSubtreeUseCase getSubtree;
  private final AddChildUseCase addChild;
  private final EditChildUseCase editChild;
  private final DeleteChildUseCase deleteChild;

  public NodeResource(SyllabusUseCases useCases) {
    this.getSubtree = useCases.getSubtree();
    this.addChild = useCases.addChild();
    this.editChild = useCases.editChild();
    this.deleteChild = useCases.deleteChild();
  }

  /**
   * A module or a lesson and what lies below it, under its course's rules: public in a published
   * course, the course's version as ETag, a learner's progress for that learner or an author.
   */
  @GET
  @PermitAll
  @Operation(
      summary = "One module or lesson and its subtree",
      description =
          "A module (with its lessons and exercises) or a lesson (with its exercises), as its"
              + " course reads it: public in a published course, a draft's for authors only, a"
              + " learner's progress that learner's or an author's; a lesson reads to depth"
              + " lessons or exercises. The ETag is the course's version, without a learner. "
              + ApiErrors.OPTIONAL_TOKEN)
  @ApiResponse(
      responseCode = "200",
      description = "The module or the lesson",
      headers = @Header(name = "ETag", description = "the course's version, without a learner"),
      content = @Content(schema = @Schema(anyOf = {ModuleView.class, LessonView.class})))
  @ApiResponse(responseCode = "304", description = "Not modified since the If-None-Match ETag")
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  public Response subtree(
      @Parameter(hidden = true) @Auth Optional<Caller> caller,
      @Parameter(
              description = "the kind of node",
              schema = @Schema(allowableValues = {"modules", "lessons"}))
          @PathParam("kind")
          String kind,
      @Parameter(description = "the node's id", schema = @Schema(type = "integer", minimum = "1"))
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
    ChildId node = node(kind, id);
    if (node instanceof ExerciseId) {
      // An exercise is a leaf, read with its lesson: there is no subtree to send.
      throw new NotFoundException();
    }
    Optional<LearnerId> learnerId = RequestParams.progressOf(learner, caller);
    Viewer viewer = Caller.viewerOf(caller);
    TreeDepth readTo = RequestParams.depth(depth);
    // As for a course, only the plain subtree has an ETag: a progress view changes with
    // completions, which the version does not count. Revalidating reads the node's place alone,
    // the one statement that finds it and its course.
    if (learnerId.isEmpty() && headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
      TreeDepth placeOnly = node instanceof ModuleId ? TreeDepth.MODULES : TreeDepth.LESSONS;
      CourseTree place =
          getSubtree.getSubtree(new GetSubtreeQuery(node, Optional.empty(), placeOnly, viewer));
      Response.ResponseBuilder notModified =
          request.evaluatePreconditions(ETags.of(place.course().version()));
      if (notModified != null) {
        return notModified.build();
      }
    }
    CourseTree subtree =
        getSubtree.getSubtree(new GetSubtreeQuery(node, learnerId, readTo, viewer));
    Object view =
        node instanceof ModuleId ? views.toModuleView(subtree) : views.toLessonView(subtree);
    Response.ResponseBuilder ok = Response.ok(view);
    return (learnerId.isEmpty()
            ? ok.header(HttpHeaders.ETAG, ETags.header(subtree.course().version()))
            : ok)
        .build();
  }

  @PATCH
  @Operation(summary = "Rename, retype (an exercise) or move a node, to a new parent or position")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiErrors.Changed
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  @ApiErrors.TooLarge
  @ApiErrors.Unprocessable
  public Response edit(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the kind of node",
              schema = @Schema(allowableValues = {"modules", "lessons", "exercises"}))
          @PathParam("kind")
          String kind,
      @Parameter(description = "the node's id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch,
      NodeRequest body) {
    NodeRequest change = body == null ? NodeRequest.EMPTY : body;
    ChildId node = node(kind, id);
    return Changes.ok(
        editChild.editChild(
            caller.viewer(),
            new EditChildCommand(
                node,
                Optional.ofNullable(change.title()),
                Optional.ofNullable(change.type()),
                Optional.ofNullable(change.parent()).map(parent -> parentOf(node, parent)),
                position(change),
                ETags.expectedVersion(ifMatch))));
  }

  @DELETE
  @Operation(summary = "Delete a node and everything under it")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiResponse(
      responseCode = "204",
      description = "Deleted",
      headers = @Header(name = "ETag", description = "the course's new version"))
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  public Response delete(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the kind of node",
              schema = @Schema(allowableValues = {"modules", "lessons", "exercises"}))
          @PathParam("kind")
          String kind,
      @Parameter(description = "the node's id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch) {
    return Changes.noContent(
        deleteChild.deleteChild(caller.viewer(), node(kind, id), ETags.expectedVersion(ifMatch)));
  }

  @POST
  @Path("/{children: lessons|exercises}")
  @Operation(summary = "Add a lesson to a module or an exercise to a lesson")
  @SecurityRequirement(name = ApiErrors.BEARER)
  @ApiErrors.Added
  @ApiErrors.Unauthorized
  @ApiErrors.Forbidden
  @ApiErrors.NotFound
  @ApiErrors.Conflict
  @ApiErrors.VersionMismatch
  @ApiErrors.TooLarge
  @ApiErrors.Unprocessable
  public Response add(
      @Parameter(hidden = true) @Auth Caller caller,
      @Parameter(
              description = "the kind of node",
              schema = @Schema(allowableValues = {"modules", "lessons", "exercises"}))
          @PathParam("kind")
          String kind,
      @Parameter(description = "the node's id", schema = @Schema(type = "integer", minimum = "1"))
          @PathParam("id")
          String id,
      @Parameter(
              description = "what to add: lessons to a module, exercises to a lesson",
              schema = @Schema(allowableValues = {"lessons", "exercises"}))
          @PathParam("children")
          String children,
      @Parameter(description = ApiErrors.IF_MATCH, schema = @Schema(type = "string"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          List<String> ifMatch,
      NodeRequest body) {
    ChildId parent = node(kind, id);
    boolean fits =
        (parent instanceof ModuleId && children.equals("lessons"))
            || (parent instanceof LessonId && children.equals("exercises"));
    if (!fits) {
      throw new NotFoundException();
    }
    NodeRequest child = body == null ? NodeRequest.EMPTY : body;
    return Changes.created(
        addChild.addChild(
            caller.viewer(),
            new AddChildCommand(
                (ParentId) parent,
                child.title(),
                Optional.ofNullable(child.type()),
                position(child),
                ETags.expectedVersion(ifMatch))));
  }

  private static ChildId node(String kind, String id) {
    long value = RequestParams.positiveLong(kind.substring(0, kind.length() - 1) + " id", id);
    return switch (kind) {
      case "modules" -> new ModuleId(value);
      case "lessons" -> new LessonId(value);
      default -> new ExerciseId(value);
    };
  }

  /** A node's new parent is of the kind above it: a course, a module or a lesson. */
  private static ParentId parentOf(ChildId node, long parent) {
    if (parent < 1) {
      throw InvalidCommandException.of("parent", "must be a positive id, was " + parent);
    }
    if (node instanceof ModuleId) {
      return new CourseId(parent);
    }
    return node instanceof LessonId ? new ModuleId(parent) : new LessonId(parent);
  }

  private static OptionalInt position(NodeRequest request) {
    return request.position() == null ? OptionalInt.empty() : OptionalInt.of(request.position());
  }
}
