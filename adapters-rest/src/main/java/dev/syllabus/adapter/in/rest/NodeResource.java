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
  public Response edit(
      @Auth Caller caller,
      @PathParam("kind") String kind,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) List<String> ifMatch,
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
  public Response delete(
      @Auth Caller caller,
      @PathParam("kind") String kind,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) List<String> ifMatch) {
    return Changes.noContent(
        deleteChild.deleteChild(caller.viewer(), node(kind, id), ETags.expectedVersion(ifMatch)));
  }

  @POST
  @Path("/{children: lessons|exercises}")
  public Response add(
      @Auth Caller caller,
      @PathParam("kind") String kind,
      @PathParam("id") String id,
      @PathParam("children") String children,
      @HeaderParam(HttpHeaders.IF_MATCH) List<String> ifMatch,
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
