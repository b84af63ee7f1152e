package dev.syllabus.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Requests a shape from a server over HTTP/1.1 on loopback, reads the whole body and throws it
 * away, and reads the statement count from {@code X-Query-Count}.
 */
final class HttpTarget implements Target {

  private final HttpClient http;
  private final String base;
  private final BenchData data;
  private final Optional<String> authorization;

  private HttpTarget(HttpClient http, int port, BenchData data, Optional<String> authorization) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
    this.data = data;
    this.authorization = authorization;
  }

  /**
   * The benchmark reads as the demo author of config.yml, as authors do who see every course (the
   * JSON floor's server ignores the header); a cache in front passes such requests to the service.
   */
  static final String AUTHOR = "Bearer demo-author-token";

  /** Reads as the demo author, whom no cache answers. */
  static HttpTarget asAuthor(HttpClient http, int port, BenchData data) {
    return new HttpTarget(http, port, data, Optional.of(AUTHOR));
  }

  /** Reads the public catalog without a token, as a cache in front may answer it. */
  static HttpTarget anonymous(HttpClient http, int port, BenchData data) {
    return new HttpTarget(http, port, data, Optional.empty());
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Override
  public Outcome serve(Shape shape) throws Exception {
    HttpRequest request = request(shape).timeout(Duration.ofSeconds(60)).build();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    try (InputStream body = response.body()) {
      bytes = body.transferTo(OutputStream.nullOutputStream());
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          base + data.path(shape) + " answered " + response.statusCode());
    }
    int statements =
        response.headers().firstValue("X-Query-Count").map(Integer::parseInt).orElse(-1);
    return new Outcome(statements, bytes);
  }

  /** The body as text, to compare documents. */
  String body(Shape shape) throws Exception {
    return http.send(request(shape).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private HttpRequest.Builder request(Shape shape) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + data.path(shape))).GET();
    authorization.ifPresent(token -> request.header("Authorization", token));
    return request;
  }
}
