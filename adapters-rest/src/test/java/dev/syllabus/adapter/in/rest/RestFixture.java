package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.service.AddChildService;
import dev.syllabus.application.service.DeleteChildService;
import dev.syllabus.application.service.DeleteCourseService;
import dev.syllabus.application.service.EditChildService;
import dev.syllabus.application.service.EditCourseService;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.GetCourseVersionService;
import dev.syllabus.application.service.ImportCourseTreesService;
import dev.syllabus.application.service.ListCourseTreesService;
import dev.syllabus.application.service.TrackProgressService;
import dev.syllabus.domain.course.CourseLimits;
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
    BearerTokens tokens =
        new BearerTokens(
            Map.of(
                BearerTokens.hash(AUTHOR_TOKEN),
                new Caller("ada", Caller.Role.AUTHOR, Optional.empty()),
                BearerTokens.hash(LEARNER_7_TOKEN),
                new Caller("lin", Caller.Role.LEARNER, Optional.of(new LearnerId(7)))));
    return ResourceExtension.builder()
        .setMapper(StrictJson.applyTo(Jackson.newObjectMapper()))
        .addResource(
            new CourseResource(
                new CourseResource.Reading(
                    new GetCourseTreeService(store, store, store),
                    new ListCourseTreesService(store, CourseLimits.DEFAULT),
                    new GetCourseVersionService(store)),
                new CourseResource.Authoring(
                    new ImportCourseTreesService(store, CourseLimits.DEFAULT),
                    new EditCourseService(store),
                    new DeleteCourseService(store),
                    new AddChildService(store, CourseLimits.DEFAULT))))
        .addResource(
            new NodeResource(
                new AddChildService(store, CourseLimits.DEFAULT),
                new EditChildService(store, CourseLimits.DEFAULT),
                new DeleteChildService(store)))
        .addResource(new ProgressResource(new TrackProgressService(store, store, store)))
        .addProvider(new RestErrorMappers())
        .addProvider(new RestAuthentication(tokens))
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
