package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one client saw, kind by kind: statuses, latencies, requests that failed without a status
 * (connection errors and timeouts) and progress reads that disagreed with the learner's own writes,
 * and the first few of all that went wrong. Each client keeps its own, so counting takes no lock;
 * {@link #add} sums them at the end.
 */
final class Tally {

  static final int KEPT_ERRORS = 5;

  private final Map<Kind, PerKind> kinds = new EnumMap<>(Kind.class);
  private final List<String> firstErrors = new ArrayList<>();
  private final List<Disagreement> disagreements = new ArrayList<>();

  /** One kind's counts, and its latencies in nanoseconds. */
  static final class PerKind {
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long[] nanos = new long[256];
    private int count;
    private long errors;

    Map<Integer, Long> statuses() {
      return statuses;
    }

    long requests() {
      return count + errors;
    }

    long errors() {
      return errors;
    }

    /** Latencies of the requests that were answered; null if none was. */
    Samples latencies() {
      return count == 0 ? null : Samples.of(nanos, count);
    }

    private void answered(int status, long latencyNanos) {
      statuses.merge(status, 1L, Long::sum);
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = latencyNanos;
    }
  }

  void answered(Kind kind, int status, long latencyNanos) {
    perKind(kind).answered(status, latencyNanos);
  }

  void failed(Kind kind, String error) {
    perKind(kind).errors++;
    note(kind + ": " + error);
  }

  /**
   * A progress read that showed an exercise otherwise than its learner last set it ({@code
   * exercise} 0 for a lesson whose count disagreed with its exercises).
   */
  record Disagreement(String what, long exercise, boolean shownCompleted) {}

  void disagreement(Disagreement disagreement) {
    if (disagreements.size() < 100_000) { // bounded, as everything a client keeps
      disagreements.add(disagreement);
    }
  }

  /** Keeps the first few things that went wrong, to print. */
  void note(String what) {
    if (firstErrors.size() < KEPT_ERRORS) {
      firstErrors.add(what);
    }
  }

  void add(Tally other) {
    other.kinds.forEach(
        (kind, theirs) -> {
          PerKind mine = perKind(kind);
          theirs.statuses.forEach((status, n) -> mine.statuses.merge(status, n, Long::sum));
          for (int i = 0; i < theirs.count; i++) {
            if (mine.count == mine.nanos.length) {
              mine.nanos = Arrays.copyOf(mine.nanos, mine.count * 2);
            }
            mine.nanos[mine.count++] = theirs.nanos[i];
          }
          mine.errors += theirs.errors;
        });
    other.firstErrors.stream()
        .limit(Math.max(0, KEPT_ERRORS - firstErrors.size()))
        .forEach(firstErrors::add);
    disagreements.addAll(other.disagreements);
  }

  PerKind perKind(Kind kind) {
    return kinds.computeIfAbsent(kind, k -> new PerKind());
  }

  Map<Kind, PerKind> kinds() {
    return kinds;
  }

  List<String> firstErrors() {
    return firstErrors;
  }

  List<Disagreement> disagreements() {
    return disagreements;
  }

  long requests() {
    return kinds.values().stream().mapToLong(PerKind::requests).sum();
  }

  long errors() {
    return kinds.values().stream().mapToLong(PerKind::errors).sum();
  }

  /** Responses with this status, over every kind. */
  long withStatus(int status) {
    return kinds.values().stream().mapToLong(k -> k.statuses.getOrDefault(status, 0L)).sum();
  }

  /** Responses with a status in [from, to), over every kind. */
  long withStatusIn(int from, int to) {
    return kinds.values().stream()
        .flatMap(k -> k.statuses.entrySet().stream())
        .filter(e -> e.getKey() >= from && e.getKey() < to)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Responses with a status their kind may not answer, by kind and status. */
  Map<String, Long> unexpected() {
    Map<String, Long> unexpected = new TreeMap<>();
    kinds.forEach(
        (kind, counts) ->
            counts.statuses.forEach(
                (status, n) -> {
                  if (!kind.allows(status)) {
                    unexpected.put(kind + " " + status, n);
                  }
                }));
    return unexpected;
  }
}
