package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.in.rest.CourseResource;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The service's REST resource called in this JVM, without HTTP: the loader, the use case and the
 * mapping to response views, and, if asked, Jackson writing them as Dropwizard's object mapper does
 * into a stream that counts the bytes and drops them.
 */
final class ResourceTarget implements Target {

  private final CourseResource resource;
  private final BenchData data;
  private final ObjectMapper json;

  ResourceTarget(CourseResource resource, BenchData data, boolean writeJson) {
    this.resource = resource;
    this.data = data;
    this.json = writeJson ? Jackson.newObjectMapper() : null;
  }

  @Override
  public Outcome serve(Shape shape) throws IOException {
    Object view =
        shape == Shape.PAGE
            ? resource.courses("true", String.valueOf(Shape.PAGE_SIZE), null)
            : resource.course(String.valueOf(data.courseId(shape)), null);
    if (json == null) {
      return new Outcome(-1, -1);
    }
    CountingStream out = new CountingStream();
    json.writeValue(out, view);
    return new Outcome(-1, out.bytes);
  }

  /** The document as the service would write it, for comparisons. */
  String document(Shape shape) throws IOException {
    Object view =
        shape == Shape.PAGE
            ? resource.courses("true", String.valueOf(Shape.PAGE_SIZE), null)
            : resource.course(String.valueOf(data.courseId(shape)), null);
    return Jackson.newObjectMapper().writeValueAsString(view);
  }

  private static final class CountingStream extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
