package dev.syllabus.profiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Driving adapter on the admin port: the query profiler, an HTML page at {@value #HTML} and the
 * same data as JSON at {@value #JSON}, like the request profilers of Django and Rails.
 */
final class QueriesServlet extends HttpServlet {

  static final String HTML = "/queries";
  static final String JSON = "/queries.json";

  private final RequestProfiles profiles;
  private final ObjectMapper json;
  private final int repeatedStatementThreshold;

  QueriesServlet(RequestProfiles profiles, ObjectMapper json, int repeatedStatementThreshold) {
    this.profiles = profiles;
    this.json = json;
    this.repeatedStatementThreshold = repeatedStatementThreshold;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    QueriesPage page = QueriesPage.of(profiles, repeatedStatementThreshold);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (JSON.equals(request.getServletPath())) {
      response.setContentType("application/json");
      json.writeValue(response.getOutputStream(), page);
    } else {
      response.setContentType("text/html");
      response.getWriter().write(QueriesHtml.render(page));
    }
  }
}
