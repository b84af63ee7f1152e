package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.DeleteChildUseCase;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Driving adapter: the modules, lessons and exercises inside course trees, for authors. One
 * resource for the three kinds, as the use cases are one for the three: rename, retype, move
 * (PATCH), delete, and add a lesson to a module or an exercise to a lesson.
 */
@Path("/{kind: modules|lessons|exercises}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.AUTHOR)
@ApiErrors.Common
@SecurityRequirement(name = ApiErrors.BEARER)
public final class NodeResource {

  private final AddChildUseCase addChild;
  private final EditChildUseCase editChild;
  private final DeleteChildUseCase deleteChild;

  public NodeResource(SyllabusUseCases useCases) {
    this.addChild = useCases.addChild();
    this.editChild = useCases.editChild();
    this.deleteChild = useCases.deleteChild();
  }

  @PATCH
  @Operation(summary = "Rename, retype (an exercise) or move a node, to a new parent or position")
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
