package dev.syllabus.profiling;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * One request being profiled: the statement window Jersey's start of the request opened on the
 * request thread, which the response filter reads and which closes, and is recorded, once the
 * response has been written. Synchronous resources run on that thread, so the window sees exactly
 * this request's statements.
 */
final class ProfiledRequest implements RequestEventListener {

  private static final String PROPERTY = ProfiledRequest.class.getName();
  private static final int MAX_PATH_LENGTH = 300;

  private final StatementCounter.Window statements;
  private final Consumer<RequestProfile> finished;
  private final String requestId;
  private final Instant startedAt = Instant.now();

  private ProfiledRequest(
      StatementCounter.Window statements, Consumer<RequestProfile> finished, String requestId) {
    this.statements = statements;
    this.finished = finished;
    this.requestId = requestId;
  }

  /**
   * Starts profiling a request, on its thread, in the statement window just opened there; its id is
   * the request attribute of that name, which a servlet filter set (Jersey's request properties are
   * the servlet request's attributes). Its profile goes to {@code finished} once written.
   */
  static ProfiledRequest start(
      ContainerRequestContext request,
      StatementCounter.Window statements,
      Consumer<RequestProfile> finished,
      String requestIdAttribute) {
    ProfiledRequest profiled =
        new ProfiledRequest(
            statements, finished, String.valueOf(request.getProperty(requestIdAttribute)));
    request.setProperty(PROPERTY, profiled);
    return profiled;
  }

  /** The request's profiling, if it is being profiled. */
  static Optional<ProfiledRequest> of(ContainerRequestContext request) {
    return request.getProperty(PROPERTY) instanceof ProfiledRequest profiled
        ? Optional.of(profiled)
        : Optional.empty();
  }

  StatementCounter.Window statements() {
    return statements;
  }

  /** Since the window opened, the zero of its statements' starts. */
  long elapsedNanos() {
    return System.nanoTime() - statements.openedAt();
  }

  @Override
  public void onEvent(RequestEvent event) {
    if (event.getType() == RequestEvent.Type.FINISHED) {
      long total = elapsedNanos();
      statements.close();
      ContainerResponse response = event.getContainerResponse();
      finished.accept(
          new RequestProfile(
              startedAt,
              Endpoint.of(event.getContainerRequest()),
              pathOf(event.getContainerRequest().getRequestUri()),
              requestId,
              response == null ? 500 : response.getStatus(),
              total,
              statements));
    }
  }

  private static String pathOf(URI uri) {
    String path =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    return path.length() > MAX_PATH_LENGTH ? path.substring(0, MAX_PATH_LENGTH) + "…" : path;
  }
}
