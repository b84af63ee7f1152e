package dev.syllabus.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests a shape from a server over HTTP/1.1 on loopback, reads the whole body and throws it
 * away, and reads the statement count from {@code X-Query-Count}.
 */
final class HttpTarget implements Target {

  private final HttpClient http;
  private final String base;
  private final BenchData data;

  HttpTarget(HttpClient http, int port, BenchData data) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
    this.data = data;
  }

  /**
   * The single courses are unpublished, which only authors see: the benchmark reads as the demo
   * author of config.yml (the JSON floor's server ignores the header).
   */
  static final String AUTHOR = "Bearer demo-author-token";

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Override
  public Outcome serve(Shape shape) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + data.path(shape)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", AUTHOR)
            .GET()
            .build();
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
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + data.path(shape)))
            .header("Authorization", AUTHOR)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
