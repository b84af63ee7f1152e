package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewJsonWriterTest {

  private static final Annotation[] NONE = new Annotation[0];

  private final ObjectMapper mapper = StrictJson.applyTo(Jackson.newObjectMapper());
  private final ViewJsonWriter writer = new ViewJsonWriter(mapper);

  @Test
  void writes_a_view_as_the_service_mapper_does_and_leaves_the_stream_to_jersey()
      throws IOException {
    CourseView view =
        new CourseView(
            1,
            "Café ☕",
            true,
            null,
            null,
            List.of(
                new ModuleView(
                    2,
                    "M",
                    1,
                    3,
                    4,
                    List.of(
                        new LessonView(
                            5,
                            "L",
                            1,
                            null,
                            null,
                            List.of(new ExerciseView(6, "video", "E", 1, true)))))));
    Watched body = new Watched();

    writer.writeTo(
        view,
        CourseView.class,
        CourseView.class,
        NONE,
        MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(),
        body);

    assertThat(body.toByteArray()).isEqualTo(mapper.writeValueAsBytes(view));
    assertThat(body.flushed).as("flushed").isFalse();
    assertThat(body.closed).as("closed").isFalse();
  }

  @Test
  void takes_only_this_adapters_views_as_json() {
    assertThat(writer.isWriteable(CourseView.class, null, NONE, MediaType.APPLICATION_JSON_TYPE))
        .isTrue();
    assertThat(
            writer.isWriteable(
                CourseView.class, null, NONE, MediaType.valueOf("application/json;charset=UTF-8")))
        .isTrue();
    assertThat(writer.isWriteable(CourseView.class, null, NONE, MediaType.TEXT_PLAIN_TYPE))
        .isFalse();
    assertThat(
            writer.isWriteable(
                dev.syllabus.domain.course.CourseId.class,
                null,
                NONE,
                MediaType.APPLICATION_JSON_TYPE))
        .as("a record of another package")
        .isFalse();
    assertThat(writer.isWriteable(String.class, null, NONE, MediaType.APPLICATION_JSON_TYPE))
        .isFalse();
  }

  /** A body that remembers whether it was flushed or closed. */
  private static final class Watched extends ByteArrayOutputStream {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
