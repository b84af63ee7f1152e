package dev.syllabus.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Measures every cell of one shape side by side: the subjects through HTTP, each served by a JVM of
 * its own that JMH cannot reach into (the subjects in process are JMH's, {@link InProcess}). After
 * a warm-up of each cell (the JIT compiles its path), the timed sequential requests come in slices,
 * every cell taking its turn in each slice: a burst of noise on this shared machine then falls on
 * all cells alike instead of on whichever ran at the time, and the ratios between them stay fair.
 * Each cell's serving JVM is read before and after each of its slices. Last, {@link Budget#CLIENTS}
 * clients load each cell at once for the load duration, then {@link Budget#MORE_CLIENTS}. Failed
 * requests are counted, never timed.
 */
final class Runner {

  static final int SLICES = 4;
  private static final int MAX_ERRORS = 20;

  /** A subject at a delay: the target, the JVM that serves it, the proxy's round trips. */
  record Cell(
      Subject subject, double delayMillis, Target target, Probe probe, LongSupplier roundTrips) {}

  private Runner() {}

  static List<Result> measure(List<Cell> cells, Shape shape, Budget budget) throws Exception {
    List<Tally> tallies = new ArrayList<>();
    for (Cell cell : cells) {
      Tally tally = new Tally(cell, budget.maxSamples());
      tallies.add(tally);
      cell.probe().resetHeap();
      tally.run(() -> warmUp(cell, shape, budget));
    }
    for (int slice = 0; slice < SLICES; slice++) {
      for (int i = 0; i < tallies.size(); i++) {
        Tally tally = tallies.get((i + slice) % tallies.size()); // no cell always first
        tally.run(() -> tally.slice(shape, budget));
      }
    }
    List<Result> results = new ArrayList<>();
    for (Tally tally : tallies) {
      if (!budget.load().isZero()) {
        tally.run(
            () -> {
              Probe probe = tally.cell.probe();
              int before = probe.fullCollections().count();
              tally.throughput =
                  load(tally.cell.target(), shape, budget, tally.errors, Budget.CLIENTS);
              int between = probe.fullCollections().count();
              tally.throughputMoreClients =
                  load(tally.cell.target(), shape, budget, tally.errors, Budget.MORE_CLIENTS);
              if (before >= 0) {
                tally.fullCollectionsWithClients = between - before;
                tally.fullCollectionsWithMoreClients = probe.fullCollections().count() - between;
              }
            });
      }
      results.add(tally.result(shape));
    }
    return results;
  }

  private static void warmUp(Cell cell, Shape shape, Budget budget) throws Exception {
    Errors errors = new Errors();
    long end = System.nanoTime() + budget.warmUp().toNanos();
    for (int calls = 0; calls < 2 || System.nanoTime() < end; calls++) {
      errors.call(() -> cell.target().serve(shape));
    }
  }

  /** Requests per second that {@code count} clients, each waiting for its answer, get. */
  private static double load(Target target, Shape shape, Budget budget, Errors errors, int count)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(count);
    try {
      AtomicInteger served = new AtomicInteger();
      long start = System.nanoTime();
      long end = start + budget.load().toNanos();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        running.add(
            clients.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    if (errors.call(() -> target.serve(shape)) != null) {
                      served.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
      return served.get() / ((System.nanoTime() - start) / 1e9);
    } finally {
      clients.shutdownNow();
    }
  }

  /** What one cell has measured so far. */
  private static final class Tally {
    private final Cell cell;
    private final long[] nanos;
    private final Errors errors = new Errors();
    private int count;
    private int statements = -1;
    private long bytes = -1;
    private long allocated;
    private long gcMillis;
    private long trips;
    private double throughput = -1;
    private double throughputMoreClients = -1;
    private int fullCollectionsWithClients = -1;
    private int fullCollectionsWithMoreClients = -1;
    private Exception failure;

    Tally(Cell cell, int maxSamples) {
      this.cell = cell;
      this.nanos = new long[maxSamples];
    }

    /** Runs a step of this cell unless an earlier one failed; a failure ends the cell. */
    void run(Step step) {
      if (failure != null) {
        return;
      }
      try {
        step.run();
      } catch (Exception e) {
        failure = e;
        System.err.printf(
            "  %s, %s, %s ms: %s%n",
            cell.subject().what(), cell.subject().how(), Format.millis(cell.delayMillis()), e);
      }
    }

    /** A share of the timed requests: a quarter of the time and of the minimum samples. */
    void slice(Shape shape, Budget budget) throws Exception {
      int min = count + (budget.minSamples() + SLICES - 1) / SLICES;
      long tripsBefore = cell.roundTrips().getAsLong();
      long allocatedBefore = cell.probe().allocatedBytes();
      long gcBefore = cell.probe().gcMillis();
      long end = System.nanoTime() + budget.measure().toNanos() / SLICES;
      int max = Math.min(nanos.length, count + nanos.length / SLICES); // room for later slices
      while (count < max && (count < min || System.nanoTime() < end)) {
        long start = System.nanoTime();
        Target.Outcome outcome = errors.call(() -> cell.target().serve(shape));
        long took = System.nanoTime() - start;
        if (outcome != null) {
          nanos[count++] = took;
          statements = Math.max(statements, outcome.statements());
          bytes = outcome.bytes();
        }
      }
      allocated += cell.probe().allocatedBytes() - allocatedBefore;
      gcMillis += cell.probe().gcMillis() - gcBefore;
      trips += tripsBefore < 0 ? 0 : cell.roundTrips().getAsLong() - tripsBefore;
    }

    Result result(Shape shape) throws Exception {
      if (failure != null || count == 0) {
        return Report.failed(cell.subject(), shape, cell.delayMillis());
      }
      boolean counted = cell.roundTrips().getAsLong() >= 0;
      Probe.FullCollections full = cell.probe().fullCollections();
      return new Result(
          cell.subject(),
          shape,
          cell.delayMillis(),
          statements,
          counted ? (double) trips / count : -1,
          bytes,
          Samples.of(nanos, count),
          throughput,
          throughputMoreClients,
          allocated / count,
          (double) gcMillis / count,
          cell.probe().peakHeapBytes(),
          cell.probe().maxLiveAfterGcBytes(),
          full.count(),
          fullCollectionsWithClients,
          fullCollectionsWithMoreClients,
          full.maxLiveAfterBytes(),
          errors.count.get());
    }
  }

  /**
   * Counts failed requests and gives up on a cell after {@value #MAX_ERRORS} of them; the warm-up
   * counts its own likewise.
   */
  static final class Errors {
    private final AtomicInteger count = new AtomicInteger();
    private volatile Exception first;

    int count() {
      return count.get();
    }

    Target.Outcome call(Call call) {
      try {
        return call.run();
      } catch (Exception e) {
        int failed = count.incrementAndGet();
        if (failed == 1) {
          first = e;
          System.err.println("  request failed: " + e);
        }
        if (failed >= MAX_ERRORS) {
          // The first failure says what went wrong; the report carries this message, not the log.
          throw new IllegalStateException(failed + " requests failed, the first: " + first, e);
        }
        return null;
      }
    }
  }

  @FunctionalInterface
  interface Call {
    Target.Outcome run() throws Exception;
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }
}
