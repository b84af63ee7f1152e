package dev.syllabus.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Measures one cell: warm-up until the budget's time is spent (the JIT compiles the hot path), then
 * timed sequential requests, with the serving JVM's allocation read before and after them, then
 * {@link Budget#CLIENTS} clients at once for the load duration. Failed requests are counted, never
 * timed.
 */
final class Runner {

  private static final int MAX_ERRORS = 20;

  private Runner() {}

  static Result measure(
      Subject subject,
      Target target,
      Shape shape,
      double delayMillis,
      Probe probe,
      LongSupplier roundTrips,
      Budget budget)
      throws Exception {
    Errors errors = new Errors();
    probe.resetHeap();

    long warmUpEnd = System.nanoTime() + budget.warmUp().toNanos();
    for (int calls = 0; calls < 2 || System.nanoTime() < warmUpEnd; calls++) {
      errors.call(() -> target.serve(shape));
    }

    long[] nanos = new long[budget.maxSamples()];
    int count = 0;
    int statements = -1;
    long bytes = -1;
    long tripsBefore = roundTrips.getAsLong();
    long allocatedBefore = probe.allocatedBytes();
    long measureEnd = System.nanoTime() + budget.measure().toNanos();
    while (count < budget.maxSamples()
        && (count < budget.minSamples() || System.nanoTime() < measureEnd)) {
      long start = System.nanoTime();
      Target.Outcome outcome = errors.call(() -> target.serve(shape));
      long took = System.nanoTime() - start;
      if (outcome != null) {
        nanos[count++] = took;
        statements = Math.max(statements, outcome.statements());
        bytes = outcome.bytes();
      }
    }
    long allocated = probe.allocatedBytes() - allocatedBefore;
    long trips = roundTrips.getAsLong() - tripsBefore;

    double throughput = budget.load().isZero() ? -1 : load(target, shape, budget, errors);
    return new Result(
        subject,
        shape,
        delayMillis,
        statements,
        tripsBefore < 0 ? -1 : (double) trips / count,
        bytes,
        Samples.of(nanos, count),
        throughput,
        allocatedBefore < 0 ? -1 : allocated / count,
        probe.peakHeapBytes(),
        probe.maxLiveAfterGcBytes(),
        errors.count.get());
  }

  /** Requests per second that {@link Budget#CLIENTS} clients, each waiting for its answer, get. */
  private static double load(Target target, Shape shape, Budget budget, Errors errors)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(Budget.CLIENTS);
    try {
      AtomicInteger served = new AtomicInteger();
      long start = System.nanoTime();
      long end = start + budget.load().toNanos();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < Budget.CLIENTS; c++) {
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

  /** Counts failed requests and gives up on a cell after {@value #MAX_ERRORS} of them. */
  private static final class Errors {
    private final AtomicInteger count = new AtomicInteger();

    Target.Outcome call(Call call) {
      try {
        return call.run();
      } catch (Exception e) {
        int failed = count.incrementAndGet();
        if (failed == 1) {
          System.err.println("  request failed: " + e);
        }
        if (failed >= MAX_ERRORS) {
          throw new IllegalStateException(failed + " requests failed, the first: see above", e);
        }
        return null;
      }
    }
  }

  @FunctionalInterface
  private interface Call {
    Target.Outcome run() throws Exception;
  }
}
