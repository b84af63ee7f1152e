package dev.syllabus.bootstrap;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an API response that read like the rule they check, statement budgets first: {@code
 * assertThat(SYLLABUS.get("/courses/42")).hasStatus(200).ranStatements(4)}.
 */
final class ApiResponseAssert extends AbstractAssert<ApiResponseAssert, HttpResponse<String>> {

  private static final Pattern SERVER_TIMING =
      Pattern.compile("db;dur=(\\d+\\.\\d);desc=\"(\\d+) statements?\", app;dur=(\\d+\\.\\d)");

  private ApiResponseAssert(HttpResponse<String> response) {
    super(response, ApiResponseAssert.class);
  }

  static ApiResponseAssert assertThat(HttpResponse<String> response) {
    return new ApiResponseAssert(response);
  }

  ApiResponseAssert hasStatus(int status) {
    isNotNull();
    if (actual.statusCode() != status) {
      failWithMessage(
          "Expected %s to answer %d but it answered %d: %s",
          request(), status, actual.statusCode(), actual.body());
    }
    return this;
  }

  /**
   * The request ran exactly this many SQL statements, as {@code X-Query-Count} and {@code
   * Server-Timing} both say; on the in-memory adapter, which runs none, exactly none.
   */
  ApiResponseAssert ranStatements(int onPostgres) {
    int statements = RunningSyllabus.IN_MEMORY ? 0 : onPostgres;
    isNotNull();
    int counted = RunningSyllabus.queryCount(actual);
    if (counted != statements) {
      failWithMessage(
          "Expected %s to run %d statement(s) but it ran %d (status %d)",
          request(), statements, counted, actual.statusCode());
    }
    int timed = Integer.parseInt(serverTiming(actual).group(2));
    if (timed != statements) {
      failWithMessage(
          "Expected Server-Timing of %s to say %d statement(s) but it says %d",
          request(), statements, timed);
    }
    return this;
  }

  ApiResponseAssert ranNoStatement() {
    return ranStatements(0);
  }

  /** The time the request spent in the database, in milliseconds, as Server-Timing says. */
  static double dbMillis(HttpResponse<String> response) {
    return Double.parseDouble(serverTiming(response).group(1));
  }

  /** The time the request took until its response was ready, in milliseconds. */
  static double appMillis(HttpResponse<String> response) {
    return Double.parseDouble(serverTiming(response).group(3));
  }

  private static Matcher serverTiming(HttpResponse<String> response) {
    String header =
        response
            .headers()
            .firstValue("Server-Timing")
            .orElseThrow(() -> new AssertionError("no Server-Timing header"));
    Matcher matcher = SERVER_TIMING.matcher(header);
    if (!matcher.matches()) {
      throw new AssertionError("Server-Timing is not db;dur=…;desc=\"…\", app;dur=…: " + header);
    }
    return matcher;
  }

  private String request() {
    return actual.request().method()
        + " "
        + actual.request().uri().getRawPath()
        + (actual.request().uri().getRawQuery() == null
            ? ""
            : "?" + actual.request().uri().getRawQuery());
  }
}
