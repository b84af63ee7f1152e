package dev.syllabus.profiling;

/**
 * What a SQL text holds, read as PostgreSQL reads it: statements separated by semicolons outside
 * quoted strings, quoted names, dollar quotes and comments.
 */
final class SqlText {

  private static final String COMMIT = "commit";

  private SqlText() {}

  /**
   * How many statements the text holds: several sent together are one round trip but as many
   * statements, each planned and run by the server. A {@code commit} among them is not one: it ends
   * the transaction, as the commit Jdbi sends alone does, which is not counted either. At least
   * one, for a text of no statement.
   */
  static int statementsIn(String sql) {
    if (sql.indexOf(';') < 0) {
      return 1; // almost every text: no scan on the path of every statement
    }
    int statements = 0;
    boolean inStatement = false;
    int start = 0; // where the statement under way began
    int length = sql.length();
    for (int i = 0; i < length; i++) {
      char c = sql.charAt(i);
      char next = i + 1 < length ? sql.charAt(i + 1) : 0;
      if (c == '\'' || c == '"') {
        i = endOf(sql, String.valueOf(c), i + 1); // a doubled quote closes and opens again
        inStatement = true;
      } else if (c == '-' && next == '-') {
        i = endOf(sql, "\n", i + 2);
      } else if (c == '/' && next == '*') {
        i = endOf(sql, "*/", i + 2);
      } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
        int tagEnd = dollarTagEnd(sql, i);
        i = endOf(sql, sql.substring(i, tagEnd + 1), tagEnd + 1);
        inStatement = true;
      } else if (c == ';') {
        statements += inStatement && !isCommit(sql, start, i) ? 1 : 0;
        inStatement = false;
        start = i + 1;
      } else if (!Character.isWhitespace(c)) {
        inStatement = true;
      }
    }
    statements += inStatement && !isCommit(sql, start, length) ? 1 : 0;
    return Math.max(statements, 1);
  }

  /**
   * Whether the statement between {@code from} and {@code to} is {@code commit} and nothing else;
   * read in place, as this runs for every statement of a text on the path of every request.
   */
  private static boolean isCommit(String sql, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(sql.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && Character.isWhitespace(sql.charAt(end - 1))) {
      end--;
    }
    return end - start == COMMIT.length() && sql.regionMatches(true, start, COMMIT, 0, end - start);
  }

  /** The index of the last character of {@code close} after {@code from}, or the text's end. */
  private static int endOf(String sql, String close, int from) {
    int at = sql.indexOf(close, from);
    return at < 0 ? sql.length() : at + close.length() - 1;
  }

  /** Where the {@code $tag$} starting at {@code at} ends, or -1 if none does ({@code $1}). */
  private static int dollarTagEnd(String sql, int at) {
    if (at > 0 && Character.isJavaIdentifierPart(sql.charAt(at - 1))) {
      return -1; // inside a name
    }
    for (int i = at + 1; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '$') {
        return i;
      }
      if (!(Character.isLetter(c) || c == '_' || (i > at + 1 && Character.isDigit(c)))) {
        return -1;
      }
    }
    return -1;
  }
}
