package dev.syllabus.profiling;

import static dev.syllabus.profiling.Html.escape;
import static dev.syllabus.profiling.Html.millis;
import static dev.syllabus.profiling.Html.percent;

import dev.syllabus.profiling.QueriesPage.RequestView;
import dev.syllabus.profiling.RequestPage.TimelineEntry;
import java.util.List;

/**
 * Renders one request's page, {@code /queries/requests/{number}}: what it was and cost, its
 * statements in order as a waterfall (each a bar at its start on the request's time axis, as wide
 * as it took, so that statements run one after another read as a staircase), and grouped by SQL
 * text. Plain HTML and CSS: nothing to fetch, no script.
 */
final class RequestHtml {

  private RequestHtml() {}

  static String render(RequestPage page) {
    RequestView request = page.request();
    StringBuilder html =
        Html.begin(
            "Request " + request.number(),
            "<a href=\"../../queries\">Queries</a><a href=\"../endpoints\">By endpoint</a>"
                + "<a href=\""
                + request.number()
                + ".json\">JSON</a>");
    html.append("<dl class=\"request\">");
    term(html, "request", escape(request.method()) + " " + escape(request.path()));
    term(html, "endpoint", escape(request.method()) + " " + escape(request.endpoint()));
    term(html, "status", String.valueOf(request.status()));
    term(html, "request id", escape(request.requestId()));
    term(html, "started", escape(request.startedAt()));
    term(html, "total", millis(request.totalMillis()) + " ms");
    term(html, "in the database", millis(request.dbMillis()) + " ms");
    term(html, "statements", String.valueOf(request.statementCount()));
    html.append("</dl>\n<h2>Statements in order</h2>\n");
    if (page.timeline().isEmpty() && page.statementsNotKept() == 0) {
      html.append("<p>No statement ran.</p>\n");
    } else {
      waterfall(html, page);
    }
    if (!request.statements().isEmpty()) {
      html.append("<h2>By SQL text</h2>\n");
      QueriesHtml.bySqlText(html, request);
      html.append('\n');
    }
    return Html.end(html);
  }

  /**
   * All the kept statements in one picture, a line each, from ten pixels high for a few to one for
   * more than 300: a staircase when they ran one after another, however many they are.
   */
  private static void overview(StringBuilder html, List<TimelineEntry> timeline, double axis) {
    int rows = timeline.size(); // one per round trip, whatever number of statements it sent
    int statements = timeline.stream().mapToInt(TimelineEntry::statements).sum();
    double line = Math.max(1, Math.min(10, 300.0 / rows));
    html.append("<svg class=\"overview\" role=\"img\" aria-label=\"")
        .append(statements)
        .append(statements == 1 ? " statement" : " statements")
        .append(" on the request's time axis\" viewBox=\"0 0 1000 ")
        .append(rows)
        .append("\" preserveAspectRatio=\"none\" width=\"100%\" height=\"")
        .append(Html.number(rows * line))
        .append("\">");
    for (TimelineEntry entry : timeline) {
      // At least a thousandth of the axis wide, so that the shortest statement still shows.
      html.append(entry.failed() ? "<rect class=\"failed\" x=\"" : "<rect x=\"")
          .append(Html.number(1000 * entry.startMillis() / axis))
          .append("\" y=\"")
          .append(entry.index() - 1)
          .append("\" width=\"")
          .append(Html.number(Math.max(1, 1000 * entry.durationMillis() / axis)))
          .append("\" height=\"")
          .append(line >= 3 ? "0.8" : "1")
          .append("\"/>");
    }
    html.append("</svg>\n");
  }

  private static void term(StringBuilder html, String term, String definition) {
    html.append("<dt>").append(term).append("</dt><dd>").append(definition).append("</dd>");
  }

  private static void waterfall(StringBuilder html, RequestPage page) {
    double axis = page.axisMillis();
    if (!page.timeline().isEmpty()) {
      overview(html, page.timeline(), axis);
    }
    html.append("<table class=\"waterfall\"><thead><tr><th class=\"n\">#</th>")
        .append("<th class=\"n\">start ms</th><th class=\"n\">ms</th><th class=\"n\">rows</th>")
        .append("<th>statement</th><th>0 – ")
        .append(millis(axis))
        .append(" ms</th></tr></thead><tbody>\n");
    for (TimelineEntry entry : page.timeline()) {
      html.append(entry.failed() ? "<tr class=\"failed\">" : "<tr>");
      Html.figures(
              html,
              entry.index(),
              millis(entry.startMillis()),
              millis(entry.durationMillis()),
              entry.rows() == null ? "" : entry.rows())
          .append("<td>")
          .append(entry.failed() ? "failed: " : "")
          .append(escape(entry.daoMethod() == null ? "(outside any DAO)" : entry.daoMethod()))
          .append(" <span class=\"source\">on ")
          .append(escape(entry.dataSource()))
          .append("</span><code title=\"")
          .append(escape(entry.sql()))
          .append("\">")
          .append(escape(entry.sql()))
          .append(
              "</code></td><td class=\"track\"><div class=\"axis\"><div class=\"bar\" style=\"left:")
          .append(percent(entry.startMillis(), axis))
          .append(";width:")
          .append(percent(entry.durationMillis(), axis))
          .append("\"></div></div></td></tr>\n");
    }
    if (page.statementsNotKept() > 0) {
      html.append("<tr class=\"more\"><td></td><td></td><td></td><td></td><td colspan=\"2\">")
          .append("and ")
          .append(page.statementsNotKept())
          .append(" more, not kept one by one (profiling.statementsPerRequest)</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }
}
