package dev.syllabus.adapter.in.rest;

import static dev.syllabus.adapter.in.rest.RestFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.port.ConcurrentChangeException;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.InvalidQueryException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorMappingTest {

  /** Throws each named exception of the use cases, as a use case behind a resource would. */
  @Path("/fail")
  @Produces(MediaType.APPLICATION_JSON)
  public static class FailingResource {

    @GET
    @Path("/course")
    public String course() {
      throw new CourseNotFoundException(new CourseId(42));
    }

    @GET
    @Path("/exercise")
    public String exercise() {
      throw new ExerciseNotFoundException("Exercise 9 not found");
    }

    @GET
    @Path("/query")
    public String query() {
      throw new InvalidQueryException("limit must be between 1 and 100, was 0");
    }

    @GET
    @Path("/node")
    public String node() {
      throw new NodeNotFoundException(new LessonId(5));
    }

    @GET
    @Path("/access")
    public String access() {
      throw new AccessDeniedException("You may not read the progress of learner 8");
    }

    @GET
    @Path("/version")
    public String version() {
      throw new VersionMismatchException(new CourseId(3), ExpectedVersion.of(1), 4);
    }

    @GET
    @Path("/collision")
    public String collision() {
      throw new ConcurrentChangeException(
          "The change collided with others 5 times; try again",
          new IllegalStateException("deadlock detected in SELECT … FOR UPDATE"));
    }

    @GET
    @Path("/invalid")
    public String invalid() {
      throw new InvalidCommandException(
          List.of(
              new InvalidCommandException.Violation("title", "must not be blank"),
              new InvalidCommandException.Violation("position", "must be at least 1, was 0")));
    }
  }

  private final ResourceExtension resources =
      ResourceExtension.builder()
          .addResource(new FailingResource())
          .addProvider(new RestErrorMappers())
          .build();

  @Test
  void an_unknown_course_answers_404_with_only_code_and_message() {
    assertAnswer("/fail/course", 404, "{\"code\":404,\"message\":\"Course 42 not found\"}");
  }

  @Test
  void an_unknown_exercise_answers_404_with_only_code_and_message() {
    assertAnswer("/fail/exercise", 404, "{\"code\":404,\"message\":\"Exercise 9 not found\"}");
  }

  @Test
  void a_query_that_breaks_a_use_case_rule_answers_400_with_only_code_and_message() {
    assertAnswer(
        "/fail/query",
        400,
        "{\"code\":400,\"message\":\"limit must be between 1 and 100, was 0\"}");
  }

  @Test
  void an_unknown_module_lesson_or_exercise_answers_404() {
    assertAnswer("/fail/node", 404, "{\"code\":404,\"message\":\"Lesson 5 not found\"}");
  }

  @Test
  void a_caller_asking_for_what_is_not_theirs_answers_403() {
    assertAnswer(
        "/fail/access",
        403,
        "{\"code\":403,\"message\":\"You may not read the progress of learner 8\"}");
  }

  @Test
  void a_write_on_an_old_version_answers_412_with_the_current_etag() {
    Response response = resources.target("/fail/version").request().get();

    assertThat(response.getStatus()).isEqualTo(412);
    assertThat(response.getHeaderString("ETag")).isEqualTo("\"v4\"");
    assertThat(json(response).get("message").asText())
        .isEqualTo("Course 3 is at version 4, not 1: it changed meanwhile");
  }

  @Test
  void a_change_that_kept_colliding_answers_409_without_its_cause() {
    assertAnswer(
        "/fail/collision",
        409,
        "{\"code\":409,\"message\":\"The change collided with others 5 times; try again\"}");
  }

  @Test
  void a_body_breaking_rules_answers_422_naming_every_field() {
    assertAnswer(
        "/fail/invalid",
        422,
        "{\"code\":422,\"message\":\"title must not be blank; position must be at least 1, was 0\","
            + "\"errors\":[{\"field\":\"title\",\"message\":\"must not be blank\"},"
            + "{\"field\":\"position\",\"message\":\"must be at least 1, was 0\"}]}");
  }

  private void assertAnswer(String path, int status, String body) {
    Response response = resources.target(path).request().get();

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(json(response)).isEqualTo(json(body));
  }
}
