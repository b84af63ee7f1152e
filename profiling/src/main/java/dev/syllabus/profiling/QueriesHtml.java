package dev.syllabus.profiling;

import dev.syllabus.profiling.QueriesPage.RequestView;
import dev.syllabus.profiling.QueriesPage.StatementView;
import java.util.List;
import java.util.Locale;

/**
 * Renders the profiler page as one self-contained HTML document; every text from a request or a
 * statement is escaped.
 */
final class QueriesHtml {

  private static final String STYLE =
      """
      body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #ddd; vertical-align: top; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; }
      pre { margin: 0; white-space: pre-wrap; }
      tr.repeated td { background: #fde2e1; }
      details summary { cursor: pointer; }
      .statements { margin: .4em 0 .8em; }
      """;

  private QueriesHtml() {}

  static String render(QueriesPage page) {
    StringBuilder html = new StringBuilder(8_192);
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        // No icon to fetch: the admin port has none, and a browser would log the 404 as an error.
        .append("<title>Syllabus: queries</title><link rel=\"icon\" href=\"data:,\"><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>Queries</h1>\n<p>What the recent and the slowest API")
        .append(
            " requests ran in the database, each statement grouped by its SQL text. A statement")
        .append(" run more than ")
        .append(page.repeatedStatementThreshold())
        .append(" times in one request is marked: an N+1 query? The same data as")
        .append(" <a href=\"queries.json\">JSON</a>.</p>\n");
    section(html, "Slowest requests", page.slowest());
    section(html, "Recent requests", page.recent());
    return html.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder html, String title, List<RequestView> requests) {
    html.append("<h2>").append(title).append("</h2>\n");
    if (requests.isEmpty()) {
      html.append("<p>No request yet.</p>\n");
      return;
    }
    html.append("<table><thead><tr><th>started</th><th>request</th><th>status</th>")
        .append("<th>total ms</th><th>db ms</th><th>statements</th></tr></thead><tbody>\n");
    for (RequestView request : requests) {
      html.append("<tr><td>")
          .append(escape(request.startedAt()))
          .append("</td><td>")
          .append(escape(request.method()))
          .append(' ')
          .append(escape(request.path()))
          .append("<br><small>")
          .append(escape(request.endpoint()))
          .append(" · request id ")
          .append(escape(request.requestId()))
          .append("</small></td><td class=\"n\">")
          .append(request.status())
          .append("</td><td class=\"n\">")
          .append(millis(request.totalMillis()))
          .append("</td><td class=\"n\">")
          .append(millis(request.dbMillis()))
          .append("</td><td>");
      statements(html, request);
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void statements(StringBuilder html, RequestView request) {
    html.append(request.statementCount());
    if (request.statements().isEmpty()) {
      return;
    }
    html.append("<details><summary>")
        .append(request.statements().size())
        .append(request.statements().size() == 1 ? " SQL text" : " SQL texts")
        .append("</summary><table class=\"statements\"><thead><tr><th>times</th><th>ms</th>")
        .append("<th>DAO method</th><th>SQL</th></tr></thead><tbody>");
    for (StatementView statement : request.statements()) {
      html.append(statement.repeated() ? "<tr class=\"repeated\">" : "<tr>")
          .append("<td class=\"n\">")
          .append(statement.count())
          .append("</td><td class=\"n\">")
          .append(millis(statement.totalMillis()))
          .append("</td><td>")
          .append(escape(statement.daoMethod() == null ? "" : statement.daoMethod()))
          .append("<br><small>on ")
          .append(escape(statement.dataSource()))
          .append("</small></td><td><pre>")
          .append(escape(statement.sql()))
          .append("</pre></td></tr>");
    }
    if (request.statementsNotListed() > 0) {
      html.append("<tr><td class=\"n\">")
          .append(request.statementsNotListed())
          .append("</td><td></td><td></td><td>statements of further SQL texts</td></tr>");
    }
    html.append("</tbody></table></details>");
  }

  private static String millis(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
