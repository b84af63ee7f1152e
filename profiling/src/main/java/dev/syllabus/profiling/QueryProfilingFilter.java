package dev.syllabus.profiling;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.lang.annotation.Annotation;

/**
 * Puts on every API response, errors included, what its request cost in the database: {@code
 * X-Query-Count: 4} and {@code Server-Timing: db;dur=12.3;desc="4 statements", app;dur=40.1}
 * (milliseconds; {@code app} runs until this filter, before the body is written), unless {@code
 * profiling.headers} is off. It also applies the repeated-statement guard, whose strict mode turns
 * the response into a JSON 500, with or without the headers.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class QueryProfilingFilter implements ContainerResponseFilter {

  private static final String QUERY_COUNT = "X-Query-Count";
  private static final String SERVER_TIMING = "Server-Timing";

  private final RepeatedStatementGuard guard;
  private final boolean headers;

  QueryProfilingFilter(RepeatedStatementGuard guard, boolean headers) {
    this.guard = guard;
    this.headers = headers;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    ProfiledRequest.of(request).ifPresent(profiled -> decorate(request, response, profiled));
  }

  private void decorate(
      ContainerRequestContext request,
      ContainerResponseContext response,
      ProfiledRequest profiled) {
    StatementCounter.Window statements = profiled.statements();
    guard.check(Endpoint.of(request), statements).ifPresent(failure -> fail(response, failure));
    if (!headers) {
      return;
    }
    response.getHeaders().putSingle(QUERY_COUNT, statements.statements());
    response
        .getHeaders()
        .putSingle(
            SERVER_TIMING,
            serverTiming(statements.statements(), statements.nanos(), profiled.elapsedNanos()));
  }

  /** Formatted by hand: String.format cost more than the rest of the filter on every request. */
  static String serverTiming(int statements, long dbNanos, long appNanos) {
    StringBuilder header = new StringBuilder(64).append("db;dur=");
    milliseconds(header, dbNanos).append(";desc=\"").append(statements).append(" statement");
    if (statements != 1) {
      header.append('s');
    }
    return milliseconds(header.append("\", app;dur="), appNanos).toString();
  }

  /** Milliseconds with one decimal, rounded half up: 12345678 ns is "12.3". */
  private static StringBuilder milliseconds(StringBuilder header, long nanos) {
    long tenths = (nanos + 50_000) / 100_000;
    return header.append(tenths / 10).append('.').append(tenths % 10);
  }

  private static void fail(ContainerResponseContext response, String message) {
    int status = Status.INTERNAL_SERVER_ERROR.getStatusCode();
    response.setStatus(status);
    response.setEntity(
        new ErrorMessage(status, message), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
  }
}
