package dev.syllabus.profiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.profiling.EndpointsPage.Ranking;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Driving adapter on the admin port: the query profiler's pages, like Django's Silk. {@value #HTML}
 * lists the recent and the slowest requests, {@code /queries/endpoints} sums them up per endpoint,
 * {@code /queries/requests/{number}} shows one with its statements in order; each also as JSON, its
 * address ending in {@code .json}.
 */
final class QueriesServlet extends HttpServlet {

  static final String HTML = "/queries";
  static final String JSON = "/queries.json";
  static final String PAGES = "/queries/*";

  private static final String REQUESTS = HTML + "/requests/";

  private final RequestProfiles profiles;
  private final EndpointStatistics endpoints;
  private final ObjectMapper json;
  private final int repeatedStatementThreshold;

  QueriesServlet(
      RequestProfiles profiles,
      EndpointStatistics endpoints,
      ObjectMapper json,
      int repeatedStatementThreshold) {
    this.profiles = profiles;
    this.endpoints = endpoints;
    this.json = json;
    this.repeatedStatementThreshold = repeatedStatementThreshold;
  }

  /** A page's data, which its JSON is, and its HTML, rendered only if that is asked for. */
  private record Page(Object data, Supplier<String> html) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    boolean asJson = path.endsWith(".json");
    String page = asJson ? path.substring(0, path.length() - ".json".length()) : path;
    Page found =
        pageAt(page, request.getParameter("rank"))
            .orElseGet(
                () -> {
                  response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                  return notFound(page);
                });
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (asJson) {
      response.setContentType("application/json");
      json.writeValue(response.getOutputStream(), found.data());
    } else {
      response.setContentType("text/html");
      response.getWriter().write(found.html().get());
    }
  }

  private Optional<Page> pageAt(String page, String rank) {
    if (page.equals(HTML)) {
      QueriesPage queries = QueriesPage.of(profiles, repeatedStatementThreshold);
      return Optional.of(new Page(queries, () -> QueriesHtml.render(queries)));
    }
    if (page.equals(HTML + "/endpoints")) {
      EndpointsPage summary = EndpointsPage.of(endpoints, profiles, Ranking.named(rank));
      return Optional.of(new Page(summary, () -> EndpointsHtml.render(summary)));
    }
    if (page.startsWith(REQUESTS)) {
      return number(page.substring(REQUESTS.length()))
          .flatMap(profiles::find)
          .map(kept -> RequestPage.of(kept, repeatedStatementThreshold))
          .map(one -> new Page(one, () -> RequestHtml.render(one)));
    }
    return Optional.empty();
  }

  private static Optional<Long> number(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  private static Page notFound(String page) {
    String message =
        page.startsWith(REQUESTS)
            ? "No such request is kept: only the most recent (profiling.recentRequests) and the"
                + " slowest (profiling.slowestRequests) are."
            : "No such profiler page: see /queries.";
    return new Page(
        new ErrorMessage(HttpServletResponse.SC_NOT_FOUND, message),
        () ->
            Html.end(
                Html.begin("Not found", "<a href=\"/queries\">Queries</a>")
                    .append("<p>")
                    .append(Html.escape(message))
                    .append("</p>\n")));
  }
}
