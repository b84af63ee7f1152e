package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.in.rest.Caller;
import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseStateLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeEditor;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.JdbiPastImports;
import dev.syllabus.adapter.out.persistence.JdbiUnitOfWork;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.application.service.Services;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's REST resource called in this JVM, without HTTP: the loader, the use case and the
 * mapping to response views, and, if asked, Jackson writing them as Dropwizard's object mapper does
 * into a stream that counts the bytes and drops them.
 */
final class ResourceTarget implements Target {

  private final CourseResource resource;
  private final BenchData data;
  private final ObjectMapper json;

  /**
   * The service's course resource, wired as the bootstrap wires it: reads on a Jdbi whose
   * transactions are snapshots, writes on another.
   */
  static CourseResource resourceOver(Jdbi reads, Jdbi writes, LoadCourseTreesPort loader) {
    return new CourseResource(
        Services.over(
            new SyllabusPorts(
                new JdbiUnitOfWork(reads, writes),
                loader,
                new JdbiCompletionStore(reads),
                JdbiCourseStateLoader.forReads(reads),
                new JdbiCourseTreeWriter(writes),
                new JdbiCourseTreeEditor(writes),
                JdbiCourseStateLoader.forWrites(writes),
                new JdbiCompletionStore(writes),
                new JdbiPastImports(writes))));
  }

  ResourceTarget(CourseResource resource, BenchData data, boolean writeJson) {
    this.resource = resource;
    this.data = data;
    this.json = writeJson ? Jackson.newObjectMapper() : null;
  }

  /** The resource is asked as an author, as over HTTP. */
  static final Optional<Caller> AUTHOR =
      Optional.of(new Caller("benchmark", Caller.Role.AUTHOR, Optional.empty()));

  private Object view(Shape shape) {
    return shape == Shape.PAGE
        ? resource.courses(AUTHOR, "true", String.valueOf(Shape.PAGE_SIZE), null, null)
        : resource
            .course(AUTHOR, String.valueOf(data.courseId(shape)), null, null, null, NO_HEADERS)
            .getEntity();
  }

  @Override
  public Outcome serve(Shape shape) throws IOException {
    Object view = view(shape);
    if (json == null) {
      return new Outcome(-1, -1);
    }
    CountingStream out = new CountingStream();
    json.writeValue(out, view);
    return new Outcome(-1, out.bytes);
  }

  /** The document as the service would write it, for comparisons. */
  String document(Shape shape) throws IOException {
    return Jackson.newObjectMapper().writeValueAsString(view(shape));
  }

  /** A request without headers: no If-None-Match, so the resource always loads the tree. */
  static final HttpHeaders NO_HEADERS =
      (HttpHeaders)
          Proxy.newProxyInstance(
              HttpHeaders.class.getClassLoader(),
              new Class<?>[] {HttpHeaders.class},
              (proxy, method, arguments) -> null);

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
