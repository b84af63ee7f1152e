package dev.syllabus.profiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every request has cost since the start, summed per endpoint ({@code GET /courses/{id}}), in
 * bounded memory: the routes bound the endpoints, requests no resource matched share one per
 * method, and past the capacity (a client inventing methods, say) the rest share {@link #OTHERS}.
 * Recording is lock-free but for the first request of an endpoint.
 */
final class EndpointStatistics {

  /** Where requests of endpoints beyond the capacity are counted. */
  static final Endpoint OTHERS = new Endpoint("*", "(other endpoints)");

  private final int capacity;
  private final Map<Endpoint, Totals> byEndpoint = new ConcurrentHashMap<>();
  private final Totals others = new Totals();

  EndpointStatistics(int capacity) {
    this.capacity = capacity;
  }

  void record(RequestProfile profile) {
    Totals totals = byEndpoint.get(profile.endpoint());
    (totals == null ? admit(profile.endpoint()) : totals).add(profile);
  }

  private Totals admit(Endpoint endpoint) {
    if (byEndpoint.size() >= capacity) {
      return others;
    }
    synchronized (byEndpoint) {
      Totals totals = byEndpoint.get(endpoint);
      if (totals != null) {
        return totals;
      }
      if (byEndpoint.size() >= capacity) {
        return others;
      }
      totals = new Totals();
      byEndpoint.put(endpoint, totals);
      return totals;
    }
  }

  /** Each endpoint's totals so far, in no order; {@link #OTHERS} only once it counted a request. */
  List<EndpointTotals> totals() {
    List<EndpointTotals> snapshot = new ArrayList<>(byEndpoint.size() + 1);
    byEndpoint.forEach((endpoint, totals) -> snapshot.add(totals.of(endpoint)));
    EndpointTotals beyond = others.of(OTHERS);
    if (beyond.requests() > 0) {
      snapshot.add(beyond);
    }
    return snapshot;
  }

  /**
   * One endpoint's requests and what they cost together, in nanoseconds; read while requests are
   * recorded, its sums may be a request apart.
   */
  record EndpointTotals(
      Endpoint endpoint,
      long requests,
      long totalNanos,
      long maxNanos,
      long dbNanos,
      long statements,
      long maxStatements) {}

  /** Adders, not a lock: requests of one endpoint finish on many threads at once. */
  private static final class Totals {
    private final LongAdder requests = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
    private final LongAdder dbNanos = new LongAdder();
    private final LongAdder statements = new LongAdder();
    private final LongAccumulator maxStatements = new LongAccumulator(Math::max, 0);

    void add(RequestProfile profile) {
      requests.increment();
      totalNanos.add(profile.totalNanos());
      maxNanos.accumulate(profile.totalNanos());
      dbNanos.add(profile.statements().nanos());
      statements.add(profile.statements().statements());
      maxStatements.accumulate(profile.statements().statements());
    }

    EndpointTotals of(Endpoint endpoint) {
      return new EndpointTotals(
          endpoint,
          requests.sum(),
          totalNanos.sum(),
          maxNanos.get(),
          dbNanos.sum(),
          statements.sum(),
          maxStatements.get());
    }
  }
}
