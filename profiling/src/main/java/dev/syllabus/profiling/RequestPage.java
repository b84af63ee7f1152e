package dev.syllabus.profiling;

import dev.syllabus.profiling.QueriesPage.RequestView;
import dev.syllabus.profiling.RequestProfiles.Kept;
import dev.syllabus.profiling.StatementCounter.StatementRun;
import java.util.ArrayList;
import java.util.List;

/**
 * What one request's page shows, as its JSON serializes it: the request with its statements grouped
 * by SQL text, and the first {@code profiling.statementsPerRequest} of them one by one in the order
 * they ran, each at its start on the request's time axis; {@code statementsNotKept} more ran after
 * those. Built on the admin thread that asks.
 */
record RequestPage(RequestView request, int statementsNotKept, List<TimelineEntry> timeline) {

  static RequestPage of(Kept kept, int repeatedStatementThreshold) {
    StatementCounter.Window statements = kept.profile().statements();
    List<StatementRun> runs = statements.runs();
    List<TimelineEntry> timeline = new ArrayList<>(runs.size());
    int shown = 0;
    for (StatementRun run : runs) {
      timeline.add(TimelineEntry.of(timeline.size() + 1, run));
      shown += run.statements();
    }
    return new RequestPage(
        RequestView.of(kept, repeatedStatementThreshold),
        statements.statements() - shown,
        timeline);
  }

  /**
   * The time axis of the waterfall: the whole request, or to the end of its last statement if that
   * ran later (a statement of a query read to its end while the response was written).
   */
  double axisMillis() {
    double axis = request.totalMillis();
    for (TimelineEntry entry : timeline) {
      axis = Math.max(axis, entry.startMillis() + entry.durationMillis());
    }
    return axis;
  }

  /**
   * One statement of the request, or several sent together ({@code statements}), numbered from 1 in
   * the order it ran, and the data source that ran it; {@code rows} is null where it is not known.
   */
  record TimelineEntry(
      int index,
      String daoMethod,
      String sql,
      double startMillis,
      double durationMillis,
      Long rows,
      boolean failed,
      String dataSource,
      int statements) {

    static TimelineEntry of(int index, StatementRun run) {
      return new TimelineEntry(
          index,
          run.daoMethod().orElse(null),
          run.sql(),
          QueriesPage.millis(run.startNanos()),
          QueriesPage.millis(run.nanos()),
          run.rows().isPresent() ? run.rows().getAsLong() : null,
          run.failed(),
          run.dataSource(),
          run.statements());
    }
  }
}
