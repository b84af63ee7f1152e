package dev.syllabus.bootstrap.profiling;

import dev.syllabus.adapter.out.persistence.StatementCounter;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * One request being profiled: the statement window Jersey's start of the request opened on the
 * request thread, which the response filter reads and which closes once the response has been
 * written. Synchronous resources run on that thread, so the window sees exactly this request's
 * statements.
 */
final class ProfiledRequest implements RequestEventListener {

  private static final String PROPERTY = ProfiledRequest.class.getName();

  private final StatementCounter.Window statements;
  private final long start = System.nanoTime();

  private ProfiledRequest(StatementCounter.Window statements) {
    this.statements = statements;
  }

  /** Starts profiling a request, on its thread. */
  static ProfiledRequest start(ContainerRequestContext request, StatementCounter counter) {
    ProfiledRequest profiled = new ProfiledRequest(counter.open());
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
      statements.close();
    }
  }
}
