package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body that fits the connector's output buffer (32 KiB by default) is sent whole with its
 * Content-Length, in one write; a larger one streams in chunks, as the server fills its buffer. A
 * HEAD request says the length its GET sends, whatever the size.
 */
class ResponseFramingApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static long imported(CourseShape shape) {
    HttpResponse<String> created =
        SYLLABUS.call("POST", "/courses", AUTHOR, CourseJson.of(shape.draft("Framed", true)));
    assertThat(created.statusCode()).isEqualTo(201);
    return RunningSyllabus.json(created).path("id").asLong();
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  @Test
  void a_tree_past_jerseys_own_buffer_but_within_the_servers_comes_with_its_length() {
    // 5 modules of 8 lessons of 6 exercises: the benchmark's S, about 19 KiB.
    HttpResponse<String> tree = SYLLABUS.get("/courses/" + imported(new CourseShape(5, 8, 6)));

    assertThat(tree.statusCode()).isEqualTo(200);
    int bytes = tree.body().getBytes(UTF_8).length;
    assertThat(bytes).isBetween(8 * 1024, 32 * 1024);
    assertThat(header(tree, "Content-Length")).contains(String.valueOf(bytes));
    assertThat(header(tree, "Transfer-Encoding")).isEmpty();
  }

  @Test
  void a_tree_larger_than_the_servers_buffer_still_streams_in_chunks() {
    HttpResponse<String> tree = SYLLABUS.get("/courses/" + imported(new CourseShape(6, 10, 8)));

    assertThat(tree.statusCode()).isEqualTo(200);
    assertThat(tree.body().getBytes(UTF_8).length).isGreaterThan(32 * 1024);
    assertThat(RunningSyllabus.json(tree).path("modules")).hasSize(6);
    assertThat(header(tree, "Transfer-Encoding")).contains("chunked");
    assertThat(header(tree, "Content-Length")).isEmpty();
  }

  @Test
  void a_head_request_says_the_length_its_get_sends_whatever_the_size() throws Exception {
    for (CourseShape shape :
        List.of(new CourseShape(1, 2, 3), new CourseShape(5, 8, 6), new CourseShape(6, 10, 8))) {
      long course = imported(shape);
      int bytes = SYLLABUS.get("/courses/" + course).body().getBytes(UTF_8).length;

      // Not through the harness's client, which holds every answer to the API description: HEAD is
      // not in it, Jersey answers it for every GET.
      HttpResponse<Void> head =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(SYLLABUS.uri("/courses/" + course))
                      .method("HEAD", HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.discarding());

      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(header(head, "Content-Length")).as("%s", shape).contains(String.valueOf(bytes));
    }
  }

  @Test
  void an_error_is_sent_whole_too() {
    HttpResponse<String> missing = SYLLABUS.get("/courses/999999");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(header(missing, "Content-Length"))
        .contains(String.valueOf(missing.body().getBytes(UTF_8).length));
  }
}
