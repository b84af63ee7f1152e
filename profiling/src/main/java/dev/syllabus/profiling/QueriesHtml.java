package dev.syllabus.profiling;

import static dev.syllabus.profiling.Html.escape;
import static dev.syllabus.profiling.Html.millis;

import dev.syllabus.profiling.QueriesPage.RequestView;
import dev.syllabus.profiling.QueriesPage.StatementView;
import java.util.List;

/**
 * Renders the profiler page {@code /queries}: the slowest and the recent requests, each linked to
 * its own page; every text from a request or a statement is escaped.
 */
final class QueriesHtml {

  private QueriesHtml() {}

  static String render(QueriesPage page) {
    StringBuilder html =
        Html.begin(
                "Queries",
                "<a href=\"queries/endpoints\">By endpoint</a>"
                    + "<a href=\"queries.json\">JSON</a>")
            .append("<p>What the recent and the slowest API requests ran in the database, each")
            .append(" statement grouped by its SQL text. A text sent more than ")
            .append(page.repeatedStatementThreshold())
            .append(" times in one request is marked: an N+1 query? Open a request for its")
            .append(" statements in order, on a timeline.</p>\n");
    section(html, "Slowest requests", page.slowest());
    section(html, "Recent requests", page.recent());
    return Html.end(html);
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
          .append("</td><td><a href=\"queries/requests/")
          .append(request.number())
          .append("\">")
          .append(escape(request.method()))
          .append(' ')
          .append(escape(request.path()))
          .append("</a><br><small>")
          .append(escape(request.endpoint()))
          .append(" · request id ")
          .append(escape(request.requestId()))
          .append("</small></td><td class=\"n\">")
          .append(request.status())
          .append("</td><td class=\"n\">")
          .append(millis(request.totalMillis()))
          .append("</td><td class=\"n\">")
          .append(millis(request.dbMillis()))
          .append("</td><td>")
          .append(request.statementCount());
      if (!request.statements().isEmpty()) {
        html.append("<details><summary>")
            .append(request.statements().size())
            .append(request.statements().size() == 1 ? " SQL text" : " SQL texts")
            .append("</summary>");
        bySqlText(html, request);
        html.append("</details>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** A request's statements grouped by SQL text, those over the guard's threshold marked. */
  static void bySqlText(StringBuilder html, RequestView request) {
    html.append("<table class=\"statements\"><thead><tr><th>runs</th><th>statements</th>")
        .append("<th>ms</th>")
        .append("<th>DAO method</th><th>SQL</th></tr></thead><tbody>");
    for (StatementView statement : request.statements()) {
      html.append(statement.repeated() ? "<tr class=\"repeated\">" : "<tr>")
          .append("<td class=\"n\">")
          .append(statement.runs())
          .append("</td><td class=\"n\">")
          .append(statement.statements())
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
      html.append("<tr><td></td><td class=\"n\">")
          .append(request.statementsNotListed())
          .append("</td><td></td><td></td><td>statements of further SQL texts</td></tr>");
    }
    html.append("</tbody></table>");
  }
}
