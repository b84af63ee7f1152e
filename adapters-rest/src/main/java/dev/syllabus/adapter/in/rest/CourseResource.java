package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.GetCourseTreeUseCase;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.ListCourseTreesUseCase;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/** Driving adapter: serves course trees over HTTP as JSON through the read use cases. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseResource {

  private final CourseViewMapper views = Mappers.getMapper(CourseViewMapper.class);
  private final GetCourseTreeUseCase getCourseTree;
  private final ListCourseTreesUseCase listCourseTrees;

  public CourseResource(
      GetCourseTreeUseCase getCourseTree, ListCourseTreesUseCase listCourseTrees) {
    this.getCourseTree = getCourseTree;
    this.listCourseTrees = listCourseTrees;
  }

  // Parameters arrive as strings so that a malformed one answers 400, path ids included.
  @GET
  @Path("/{id}")
  public CourseView course(@PathParam("id") String id, @QueryParam("learner") String learner) {
    GetCourseTreeQuery query =
        new GetCourseTreeQuery(
            new CourseId(RequestParams.positiveLong("course id", id)),
            RequestParams.optionalPositiveLong("learner", learner).map(LearnerId::new));
    return views.toView(getCourseTree.getCourseTree(query));
  }

  @GET
  public CourseTreePageView courses(
      @QueryParam("published") String published,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after) {
    ListCourseTreesQuery query =
        new ListCourseTreesQuery(
            RequestParams.optionalBoolean("published", published),
            RequestParams.intOrDefault("limit", limit, ListCourseTreesQuery.DEFAULT_LIMIT),
            Optional.ofNullable(after).map(PageCursor::decode));
    return views.toView(listCourseTrees.listCourseTrees(query));
  }
}
