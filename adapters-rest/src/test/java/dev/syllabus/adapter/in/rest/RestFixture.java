package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.application.service.Services;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fixture: the REST adapter registered as bootstrap registers it, over the real services. */
final class RestFixture {

  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private RestFixture() {}

  static final String AUTHOR_TOKEN = "author-secret";
  static final String LEARNER_7_TOKEN = "learner-7-secret";

  static ResourceExtension courseResourceOver(InMemoryCourseStore store) {
    return courseResourceOver(store, CatalogCacheHeaders.unpurged());
  }

  static ResourceExtension courseResourceOver(
      InMemoryCourseStore store, CatalogCacheHeaders cacheHeaders) {
    BearerTokens tokens =
        new BearerTokens(
            Map.of(
                BearerTokens.hash(AUTHOR_TOKEN),
                new Caller("ada", Caller.Role.AUTHOR, Optional.empty()),
                BearerTokens.hash(LEARNER_7_TOKEN),
                new Caller("lin", Caller.Role.LEARNER, Optional.of(new LearnerId(7)))));
    SyllabusUseCases useCases =
        Services.over(
            new SyllabusPorts(store, store, store, store, store, store, store, store, store));
    ObjectMapper mapper = StrictJson.applyTo(Jackson.newObjectMapper());
    return ResourceExtension.builder()
        .setMapper(mapper)
        .addResource(new CourseResource(useCases))
        .addResource(new NodeResource(useCases))
        .addResource(new ProgressResource(useCases))
        .addResource(new LearnerDashboardResource(useCases))
        .addProvider(new RestErrorMappers())
        .addProvider(new ViewJsonWriter(mapper))
        .addProvider(new RestAuthentication(tokens))
        .addProvider(cacheHeaders)
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
