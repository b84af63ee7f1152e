package dev.syllabus.bootstrap;

import dev.syllabus.adapter.out.persistence.StatementCounter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Puts on every API response, errors included, the number of SQL statements its request ran: {@code
 * X-Query-Count}. Synchronous resources run on the request thread, so a counting window opened here
 * sees exactly that request's statements.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
final class QueryCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String HEADER = "X-Query-Count";
  private static final String WINDOW = QueryCountFilter.class.getName() + ".window";

  private final StatementCounter counter;

  QueryCountFilter(StatementCounter counter) {
    this.counter = counter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(WINDOW, counter.open());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(WINDOW) instanceof StatementCounter.Window window) {
      response.getHeaders().putSingle(HEADER, window.statements());
      window.close();
    }
  }
}
