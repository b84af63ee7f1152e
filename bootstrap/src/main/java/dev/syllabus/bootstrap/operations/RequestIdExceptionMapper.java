package dev.syllabus.bootstrap.operations;

import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Dropwizard's mapper of unexpected failures, with the request id in place of its own random
 * number: the 500's message names the id the client also has on the response, and the logged cause
 * names it too, so what a client reports leads an operator to the stack trace.
 */
// Ahead of Dropwizard's own mapper of Throwable, which is registered too.
@Priority(Priorities.USER - 1)
final class RequestIdExceptionMapper extends LoggingExceptionMapper<Throwable> {

  RequestIdExceptionMapper() {
    super(LoggerFactory.getLogger(LoggingExceptionMapper.class));
  }

  @Override
  protected String formatErrorMessage(long id, Throwable exception) {
    return String.format(
        Locale.ROOT,
        "There was an error processing your request. It has been logged (request id %s).",
        requestId());
  }

  @Override
  protected String formatLogMessage(long id, Throwable exception) {
    return "Error handling request " + requestId();
  }

  private static String requestId() {
    String id = MDC.get(RequestIds.KEY);
    return id == null ? "unknown" : id;
  }
}
