package dev.syllabus.adapter.in.rest;

import static dev.syllabus.adapter.in.rest.RestFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.InvalidQueryException;
import dev.syllabus.domain.course.CourseId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  private void assertAnswer(String path, int status, String body) {
    Response response = resources.target(path).request().get();

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(json(response)).isEqualTo(json(body));
  }
}
