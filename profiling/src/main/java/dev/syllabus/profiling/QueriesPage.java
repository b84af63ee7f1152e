package dev.syllabus.profiling;

import dev.syllabus.profiling.RequestProfiles.Kept;
import dev.syllabus.profiling.StatementCounter.StatementTally;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the profiler page shows, as {@code /queries.json} serializes it: the slowest and the recent
 * requests, each with its statements grouped by SQL text. Built on the admin thread that asks.
 */
record QueriesPage(
    int repeatedStatementThreshold, List<RequestView> slowest, List<RequestView> recent) {

  static QueriesPage of(RequestProfiles profiles, int repeatedStatementThreshold) {
    return new QueriesPage(
        repeatedStatementThreshold,
        views(profiles.slowest(), repeatedStatementThreshold),
        views(profiles.recent(), repeatedStatementThreshold));
  }

  private static List<RequestView> views(List<Kept> requests, int threshold) {
    return requests.stream().map(kept -> RequestView.of(kept, threshold)).toList();
  }

  /**
   * One request, by the number its page has; {@code statementsNotListed} ran SQL texts beyond those
   * a request tallies.
   */
  record RequestView(
      long number,
      String startedAt,
      String method,
      String endpoint,
      String path,
      String requestId,
      int status,
      double totalMillis,
      double dbMillis,
      int statementCount,
      int statementsNotListed,
      List<StatementView> statements) {

    static RequestView of(Kept kept, int threshold) {
      RequestProfile profile = kept.profile();
      List<StatementView> statements =
          profile.statements().tallies().stream()
              .map(tally -> StatementView.of(tally, threshold))
              .toList();
      int listed = statements.stream().mapToInt(StatementView::statements).sum();
      return new RequestView(
          kept.number(),
          profile.startedAt().truncatedTo(ChronoUnit.MILLIS).toString(),
          profile.endpoint().method(),
          profile.endpoint().template(),
          profile.path(),
          profile.requestId(),
          profile.status(),
          millis(profile.totalNanos()),
          millis(profile.statements().nanos()),
          profile.statements().statements(),
          profile.statements().statements() - listed,
          statements);
    }
  }

  /**
   * One SQL text of a request: how often it was sent, the statements those runs held, and for how
   * long; repeated if sent more often than the guard's threshold.
   */
  record StatementView(
      String daoMethod,
      String dataSource,
      String sql,
      int runs,
      int statements,
      double totalMillis,
      boolean repeated) {

    static StatementView of(StatementTally tally, int threshold) {
      return new StatementView(
          tally.daoMethod().orElse(null),
          tally.dataSource(),
          tally.sql(),
          tally.runs(),
          tally.statements(),
          millis(tally.nanos()),
          tally.repeatedOver(threshold));
    }
  }

  /** Nanoseconds as milliseconds to the microsecond, as the pages show them. */
  static double millis(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
