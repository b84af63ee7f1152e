package dev.syllabus.bootstrap.operations;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Gives every request on the application port its id before anything else sees it: on the response,
 * set before the body so that errors carry it too; in the logging MDC for every line logged on the
 * request's thread; and as a request attribute for the profiler.
 */
final class RequestIdFilter implements Filter {

  private final RequestIds ids;

  RequestIdFilter(RequestIds ids) {
    this.ids = ids;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = ids.acceptOrMake(((HttpServletRequest) request).getHeader(RequestIds.HEADER));
    ((HttpServletResponse) response).setHeader(RequestIds.HEADER, id);
    request.setAttribute(RequestIds.KEY, id);
    MDC.put(RequestIds.KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(RequestIds.KEY);
    }
  }
}
