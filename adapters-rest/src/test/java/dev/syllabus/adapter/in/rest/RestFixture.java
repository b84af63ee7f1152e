package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.ListCourseTreesService;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: the REST adapter registered as bootstrap registers it, over the real services. */
final class RestFixture {

  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private RestFixture() {}

  static ResourceExtension courseResourceOver(InMemoryCourseStore store) {
    return ResourceExtension.builder()
        .addResource(
            new CourseResource(
                new GetCourseTreeService(store, store), new ListCourseTreesService(store)))
        .addProvider(new RestErrorMappers())
        .build();
  }

  static JsonNode json(Response response) {
    return json(response.readEntity(String.class));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of a JSON integer; fails on anything else, a number in a string included. */
  static long integer(JsonNode node) {
    assertThat(node).isNotNull();
    assertThat(node.isIntegralNumber()).as("%s is a JSON integer", node).isTrue();
    return node.longValue();
  }

  /** The field names of a JSON object in the order they were written. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
