package dev.syllabus.adapter.in.rest;

import static dev.syllabus.adapter.in.rest.RestFixture.fieldNames;
import static dev.syllabus.adapter.in.rest.RestFixture.integer;
import static dev.syllabus.adapter.in.rest.RestFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.service.CourseShape;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class MalformedRequestTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final ResourceExtension resources = RestFixture.courseResourceOver(store);

  private long existing;

  // The learner cases name a course that exists, so only the learner can be what is refused.
  @BeforeEach
  void create_a_course() {
    existing =
        store.createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("C", true))).get(0).value();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("/courses/abc", "course id must be a positive whole number"),
        Arguments.of("/courses/0", "course id must be a positive whole number"),
        Arguments.of("/courses/-4", "course id must be a positive whole number"),
        Arguments.of("/courses/EXISTING?learner=x", "learner must be a positive whole number"),
        Arguments.of("/courses/EXISTING?learner=0", "learner must be a positive whole number"),
        Arguments.of("/courses?published=yes", "published must be true or false"),
        Arguments.of("/courses?published=", "published must be true or false"),
        Arguments.of("/courses?limit=ten", "limit must be a whole number"),
        Arguments.of("/courses?limit=0", "limit must be between 1 and 100"),
        Arguments.of("/courses?limit=101", "limit must be between 1 and 100"),
        Arguments.of("/courses?after=not a cursor!", "after must be the next cursor"),
        Arguments.of("/courses?after=" + base64url("x:4"), "after must be the next cursor"),
        Arguments.of("/courses?after=" + base64url("c:four"), "after must be the next cursor"),
        Arguments.of("/courses?after=" + base64url("c:0"), "after must be the next cursor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_input_answers_400_with_a_json_message_naming_the_parameter(
      String request, String message) {
    String[] pathAndQuery = request.replace("EXISTING", Long.toString(existing)).split("\\?", 2);
    WebTarget target = resources.target(pathAndQuery[0]);
    if (pathAndQuery.length == 2) {
      String[] nameAndValue = pathAndQuery[1].split("=", 2);
      target = target.queryParam(nameAndValue[0], nameAndValue[1]);
    }

    Response response = target.request().get();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    JsonNode body = json(response);
    assertThat(fieldNames(body)).containsExactly("code", "message");
    assertThat(integer(body.get("code"))).isEqualTo(400);
    assertThat(body.get("message").asText()).startsWith(message);
  }

  private static String base64url(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }
}
