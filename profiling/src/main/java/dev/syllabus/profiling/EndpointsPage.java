package dev.syllabus.profiling;

import static dev.syllabus.profiling.QueriesPage.millis;

import dev.syllabus.profiling.EndpointStatistics.EndpointTotals;
import dev.syllabus.profiling.RequestProfiles.Kept;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the summary by endpoint shows, as its JSON serializes it: every endpoint's requests since
 * the start and what they cost, ranked by one of three measures, each with the slowest of its
 * requests still kept (a page to open). Built on the admin thread that asks.
 */
record EndpointsPage(String rankedBy, List<EndpointView> endpoints) {

  /** The three rankings, by the name the page's {@code ?rank=} takes. */
  enum Ranking {
    TIME("time", Comparator.comparingLong(EndpointTotals::totalNanos)),
    DB("db", Comparator.comparingLong(EndpointTotals::dbNanos)),
    STATEMENTS("statements", Comparator.comparingLong(EndpointTotals::statements));

    private final String parameter;
    private final Comparator<EndpointTotals> most;

    Ranking(String parameter, Comparator<EndpointTotals> least) {
      this.parameter = parameter;
      this.most = least.reversed();
    }

    String parameter() {
      return parameter;
    }

    /** The ranking of that name; most time overall if none or another is asked for. */
    static Ranking named(String parameter) {
      return Arrays.stream(values())
          .filter(ranking -> ranking.parameter.equals(parameter))
          .findFirst()
          .orElse(TIME);
    }
  }

  static EndpointsPage of(EndpointStatistics statistics, RequestProfiles kept, Ranking ranking) {
    Map<Endpoint, Kept> slowestKept = new HashMap<>();
    for (Kept request : kept.slowest()) {
      slowestKept.putIfAbsent(request.profile().endpoint(), request);
    }
    for (Kept request : kept.recent()) {
      slowestKept.merge(
          request.profile().endpoint(),
          request,
          (one, other) -> one.profile().totalNanos() >= other.profile().totalNanos() ? one : other);
    }
    return new EndpointsPage(
        ranking.parameter(),
        statistics.totals().stream()
            .sorted(ranking.most)
            .map(
                totals ->
                    EndpointView.of(
                        totals, Optional.ofNullable(slowestKept.get(totals.endpoint()))))
            .toList());
  }

  /**
   * One endpoint: its requests, their time (total, mean, longest), time in the database and
   * statements (total, mean, most in one request); {@code slowestKeptRequest} is the number of the
   * page of its slowest request still kept, null if none is.
   */
  record EndpointView(
      String method,
      String endpoint,
      long requests,
      double totalMillis,
      double meanMillis,
      double maxMillis,
      double dbMillis,
      double meanDbMillis,
      long statements,
      double meanStatements,
      long maxStatements,
      Long slowestKeptRequest) {

    static EndpointView of(EndpointTotals totals, Optional<Kept> slowestKept) {
      long requests = Math.max(totals.requests(), 1);
      return new EndpointView(
          totals.endpoint().method(),
          totals.endpoint().template(),
          totals.requests(),
          millis(totals.totalNanos()),
          millis(totals.totalNanos() / requests),
          millis(totals.maxNanos()),
          millis(totals.dbNanos()),
          millis(totals.dbNanos() / requests),
          totals.statements(),
          Math.round(totals.statements() * 10.0 / requests) / 10.0,
          totals.maxStatements(),
          slowestKept.map(Kept::number).orElse(null));
    }
  }
}
