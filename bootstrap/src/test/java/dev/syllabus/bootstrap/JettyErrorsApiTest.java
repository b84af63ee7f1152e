package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The errors Jetty answers before Jersey sees the request are JSON too, as the README promises for
 * every error. Sent over a raw socket: an HTTP client would refuse or rewrite most of them.
 */
class JettyErrorsApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS = RunningSyllabus.with("demo.seedWhenEmpty=false");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response as it came over the wire: its status, its headers in lower case, its body. */
  private record RawResponse(int status, List<String> headers, String body) {

    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim())
          .findFirst()
          .orElse(null);
    }
  }

  /** Sends a request line and headers as they are, and reads the answer until Jetty closes. */
  private static RawResponse send(String requestLine, String... headers) {
    StringBuilder request = new StringBuilder(requestLine).append("\r\n");
    request.append("Host: localhost\r\nConnection: close\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("localhost", SYLLABUS.uri("/").getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String[] headAndBody =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .split("\r\n\r\n", 2);
      String[] lines = headAndBody[0].split("\r\n");
      List<String> fields = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        fields.add(lines[i].toLowerCase(Locale.ROOT));
      }
      return new RawResponse(
          Integer.parseInt(lines[0].split(" ")[1]),
          fields,
          headAndBody.length > 1 ? headAndBody[1] : "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertJsonError(RawResponse response, int status, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("code", "message");
    assertThat(body.get("code").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).isEqualTo(message);
  }

  @Test
  void an_ambiguous_uri_is_a_json_400() {
    assertJsonError(send("GET /courses/%2e%2e/x HTTP/1.1"), 400, "Ambiguous URI path segment");
    assertJsonError(send("GET /courses/1%2F2 HTTP/1.1"), 400, "Ambiguous URI path separator");
    assertJsonError(send("GET /courses/%zz HTTP/1.1"), 400, "Bad Request");
  }

  @Test
  void a_uri_too_long_is_a_json_414() {
    assertJsonError(
        send("GET /courses/" + "1".repeat(16 * 1024) + " HTTP/1.1"), 414, "URI Too Long");
  }

  @Test
  void headers_too_large_are_a_json_431() {
    assertJsonError(
        send("GET /courses HTTP/1.1", "X-Padding: " + "y".repeat(16 * 1024)),
        431,
        "Request Header Fields Too Large");
  }

  @Test
  void trace_and_an_unknown_method_are_a_json_405() {
    assertJsonError(send("TRACE /courses HTTP/1.1"), 405, "Method Not Allowed");
    assertJsonError(send("FOO /courses HTTP/1.1"), 405, "Method Not Allowed");
  }

  @Test
  void a_browser_asking_for_html_gets_json_too() {
    assertJsonError(
        send("TRACE /courses HTTP/1.1", "Accept: text/html"), 405, "Method Not Allowed");
    assertJsonError(
        send("GET /courses/%2e%2e/x HTTP/1.1", "Accept: text/html,application/xhtml+xml"),
        400,
        "Ambiguous URI path segment");
  }
}
