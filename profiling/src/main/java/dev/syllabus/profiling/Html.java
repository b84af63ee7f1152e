package dev.syllabus.profiling;

import java.util.Locale;

/**
 * What the profiler's pages share: one self-contained document each (its style inline, nothing to
 * fetch, no script), escaping, and figures as they are shown.
 */
final class Html {

  private static final String STYLE =
      """
      body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
      nav { margin-bottom: 1em; }
      nav a { margin-right: 1em; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #ddd; vertical-align: top; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
      pre { margin: 0; white-space: pre-wrap; }
      tr.repeated td { background: #fde2e1; }
      tr.failed td { background: #fde2e1; }
      details summary { cursor: pointer; }
      .statements { margin: .4em 0 .8em; }
      dl.request { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
      dl.request dt { color: #555; }
      dl.request dd { margin: 0; }
      table.waterfall td { padding: .1em .6em; border-bottom: 1px solid #eee; }
      table.waterfall td { white-space: nowrap; }
      table.waterfall code { display: inline-block; vertical-align: bottom; max-width: 36em; margin-left: .6em; overflow: hidden; text-overflow: ellipsis; color: #555; }
      svg.overview { display: block; margin: .5em 0 1em; background: #f4f4f4; }
      svg.overview rect { fill: #3b78c4; }
      svg.overview rect.failed { fill: #c43b3b; }
      td.track { width: 40%; min-width: 12em; }
      .axis { position: relative; height: 12px; background: #f4f4f4; }
      .bar { position: absolute; top: 1px; height: 10px; min-width: 2px; background: #3b78c4; }
      tr.failed .bar { background: #c43b3b; }
      """;

  private Html() {}

  /** A page's start up to its body's first heading; {@code nav} is the links above it. */
  static StringBuilder begin(String title, String nav) {
    return new StringBuilder(16_384)
        .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        // No icon to fetch: the admin port has none, and a browser would log the 404 as an error.
        .append("<title>Syllabus: ")
        .append(escape(title))
        .append("</title><link rel=\"icon\" href=\"data:,\"><style>")
        .append(STYLE)
        .append("</style></head><body>\n<nav>")
        .append(nav)
        .append("</nav>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
  }

  static String end(StringBuilder html) {
    return html.append("</body></html>\n").toString();
  }

  /** Table cells of figures, right-aligned; figures need no escaping. */
  static StringBuilder figures(StringBuilder html, Object... figures) {
    for (Object figure : figures) {
      html.append("<td class=\"n\">").append(figure).append("</td>");
    }
    return html;
  }

  static String millis(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  /** A coordinate of a picture, to the thousandth. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A share of the time axis as a CSS percentage. */
  static String percent(double part, double whole) {
    return String.format(Locale.ROOT, "%.3f%%", whole <= 0 ? 0 : Math.min(100, part * 100 / whole));
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
