package dev.syllabus.profiling;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
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
  private final RequestProfiles profiles;
  private final String requestId;
  private final Instant startedAt = Instant.now();
  private final long start = System.nanoTime();

  private ProfiledRequest(
      StatementCounter.Window statements, RequestProfiles profiles, String requestId) {
    this.statements = statements;
    this.profiles = profiles;
    this.requestId = requestId;
  }

  /**
   * Starts profiling a request, on its thread; its id is the request attribute of that name, which
   * a servlet filter set (Jersey's request properties are the servlet request's attributes).
   */
  static ProfiledRequest start(
      ContainerRequestContext request,
      StatementCounter counter,
      RequestProfiles profiles,
      String requestIdAttribute) {
    ProfiledRequest profiled =
        new ProfiledRequest(
            counter.open(), profiles, String.valueOf(request.getProperty(requestIdAttribute)));
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

  long elapsedNanos() {
    return System.nanoTime() - start;
  }

  @Override
  public void onEvent(RequestEvent event) {
    if (event.getType() == RequestEvent.Type.FINISHED) {
      long total = elapsedNanos();
      statements.close();
      ContainerResponse response = event.getContainerResponse();
      profiles.record(
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
