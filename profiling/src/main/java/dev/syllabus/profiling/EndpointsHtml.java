package dev.syllabus.profiling;

import static dev.syllabus.profiling.Html.escape;
import static dev.syllabus.profiling.Html.millis;

import dev.syllabus.profiling.EndpointsPage.EndpointView;
import dev.syllabus.profiling.EndpointsPage.Ranking;

/**
 * Renders the summary by endpoint, {@code /queries/endpoints}: one row per endpoint, ranked by most
 * time overall, most time in the database or most statements (a link each, no script).
 */
final class EndpointsHtml {

  private EndpointsHtml() {}

  static String render(EndpointsPage page) {
    StringBuilder html =
        Html.begin(
                "Queries by endpoint",
                "<a href=\"../queries\">Queries</a><a href=\"endpoints.json?rank="
                    + page.rankedBy()
                    + "\">JSON</a>")
            .append("<p>Every API request since the service started, summed per endpoint.")
            .append(" Ranked by ");
    ranking(html, page, Ranking.TIME, "most time overall");
    html.append(" · ");
    ranking(html, page, Ranking.DB, "most time in the database");
    html.append(" · ");
    ranking(html, page, Ranking.STATEMENTS, "most statements");
    html.append(".</p>\n");
    if (page.endpoints().isEmpty()) {
      return Html.end(html.append("<p>No request yet.</p>\n"));
    }
    html.append("<table class=\"endpoints\"><thead><tr><th>endpoint</th>")
        .append("<th class=\"n\">requests</th><th class=\"n\">total ms</th>")
        .append("<th class=\"n\">mean ms</th><th class=\"n\">max ms</th>")
        .append("<th class=\"n\">db ms</th><th class=\"n\">mean db ms</th>")
        .append(
            "<th class=\"n\">statements</th><th class=\"n\">mean statements</th><th class=\"n\">max statements</th>")
        .append("<th>slowest kept</th></tr></thead><tbody>\n");
    for (EndpointView endpoint : page.endpoints()) {
      html.append("<tr><td>")
          .append(escape(endpoint.method()))
          .append(' ')
          .append(escape(endpoint.endpoint()))
          .append("</td>");
      Html.figures(
              html,
              endpoint.requests(),
              millis(endpoint.totalMillis()),
              millis(endpoint.meanMillis()),
              millis(endpoint.maxMillis()),
              millis(endpoint.dbMillis()),
              millis(endpoint.meanDbMillis()),
              endpoint.statements(),
              endpoint.meanStatements(),
              endpoint.maxStatements())
          .append("<td>");
      if (endpoint.slowestKeptRequest() != null) {
        html.append("<a href=\"requests/")
            .append(endpoint.slowestKeptRequest())
            .append("\">request ")
            .append(endpoint.slowestKeptRequest())
            .append("</a>");
      }
      html.append("</td></tr>\n");
    }
    return Html.end(html.append("</tbody></table>\n"));
  }

  private static void ranking(
      StringBuilder html, EndpointsPage page, Ranking ranking, String name) {
    if (ranking.parameter().equals(page.rankedBy())) {
      html.append("<strong>").append(name).append("</strong>");
    } else {
      html.append("<a href=\"endpoints?rank=")
          .append(ranking.parameter())
          .append("\">")
          .append(name)
          .append("</a>");
    }
  }
}
