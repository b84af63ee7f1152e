package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.benchmarks.InProcessTargets.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The in-process measurements, under JMH: every kind of target on a shape at a delay in a JVM of
 * its own ({@link InProcessBenchmark}), warmed up and measured in JMH's iterations, its latency
 * sampled on every request and its allocation and collection pauses taken by JMH's GC profiler;
 * then requests per second with {@link Budget#CLIENTS} threads at once. What JMH does not see, the
 * statements and round trips of one request, this JVM counts on the same targets.
 */
final class InProcess implements AutoCloseable {

  /** Requests served in this JVM to count one request's statements and round trips. */
  static final int COUNTED = 3;

  /**
   * Warm-up iterations of the shape's warm-up time each: 3 to 4.5 s in all at full scale, as long
   * as the least the warm-up through HTTP gives a server ({@link WarmUp#MIN}).
   */
  static final int WARMUP_ITERATIONS = 3;

  /** What JMH measured for one kind on a shape at a delay, in one thread. */
  private record Measured(Samples latency, long allocatedPerCall, double gcMillisPerCall) {}

  private record Cell(Kind kind, Shape shape, double delayMillis) {}

  private final Options options;
  private final BenchData data;
  private final DelayProxy proxy;
  private final PostgresDatabase far;
  private final Map<Cell, Measured> measured = new HashMap<>();
  private final Map<Cell, Double> throughput = new HashMap<>();
  private final Map<Double, InProcessTargets> counting = new HashMap<>();

  InProcess(Options options, BenchData data, DelayProxy proxy, PostgresDatabase far) {
    this.options = options;
    this.data = data;
    this.proxy = proxy;
    this.far = far;
  }

  /** Measures the kinds' latency on the shape at the delay, each in a fork of its own. */
  void latency(Shape shape, double delayMillis, List<Kind> kinds) throws Exception {
    Budget budget = Budget.of(shape, options.scale());
    ChainedOptionsBuilder jmh =
        forks(shape, delayMillis, kinds, "latency")
            .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
            .timeUnit(TimeUnit.NANOSECONDS)
            .threads(1)
            .warmupIterations(WARMUP_ITERATIONS)
            .warmupTime(time(budget.warmUp()))
            .measurementIterations(Runner.SLICES)
            .measurementTime(time(budget.measure().dividedBy(Runner.SLICES)))
            .addProfiler(GCProfiler.class);
    for (RunResult run : run(jmh)) {
      measured.put(cell(run, shape, delayMillis), measured(run));
    }
  }

  /** Requests per second of the kinds on the shape with {@link Budget#CLIENTS} threads, at 0 ms. */
  void throughput(Shape shape, List<Kind> kinds) throws Exception {
    Budget budget = Budget.of(shape, options.scale());
    ChainedOptionsBuilder jmh =
        forks(shape, 0, kinds, "throughput")
            .mode(org.openjdk.jmh.annotations.Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .threads(Budget.CLIENTS)
            .warmupIterations(2)
            .warmupTime(time(budget.warmUp()))
            .measurementIterations(1)
            .measurementTime(time(budget.load()));
    for (RunResult run : run(jmh)) {
      throughput.put(cell(run, shape, 0), run.getPrimaryResult().getScore());
    }
  }

  /** A subject's row of the figures, from JMH's measurement and this JVM's counting. */
  Result result(Subject subject, Shape shape, double delayMillis) throws Exception {
    Cell cell = new Cell(Kind.of(subject), shape, delayMillis);
    Measured figures = measured.get(cell);
    if (figures == null) {
      return Report.failed(subject, shape, delayMillis);
    }
    Target target = counting(delayMillis).target(cell.kind());
    Target.Outcome outcome = null;
    long tripsBefore = delayMillis == 0 ? 0 : proxy.roundTrips();
    for (int i = 0; i < COUNTED; i++) {
      outcome = target.serve(shape);
    }
    double trips = delayMillis == 0 ? -1 : (proxy.roundTrips() - tripsBefore) / (double) COUNTED;
    return new Result(
        subject,
        shape,
        delayMillis,
        outcome.statements(),
        trips,
        outcome.bytes(),
        figures.latency(),
        throughput.getOrDefault(cell, -1.0),
        -1,
        figures.allocatedPerCall(),
        figures.gcMillisPerCall(),
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        0);
  }

  /** A step of the breakdown at 0 ms, measured by {@link #latency}; throws if it failed. */
  Breakdown.Step step(String name, Kind kind, Shape shape) {
    Measured figures = measured.get(new Cell(kind, shape, 0));
    if (figures == null) {
      throw new IllegalStateException("step failed: " + name + ", see " + options.logs());
    }
    return new Breakdown.Step(name, shape, figures.latency(), figures.allocatedPerCall());
  }

  @Override
  public void close() {
    counting.values().forEach(InProcessTargets::close);
  }

  private ChainedOptionsBuilder forks(
      Shape shape, double delayMillis, List<Kind> kinds, String what) throws Exception {
    Files.createDirectories(options.logs());
    Path log =
        options
            .logs()
            .resolve(
                String.format(
                    Locale.ROOT, "jmh-%s-%s-%sms.txt", what, shape, Format.millis(delayMillis)));
    return new OptionsBuilder()
        .include(Pattern.quote(InProcessBenchmark.class.getName()) + "\\.serve$")
        .param("kind", kinds.stream().map(Kind::name).toArray(String[]::new))
        .param("shape", shape.name())
        .param("url", database(delayMillis).url())
        .param("user", database(delayMillis).user())
        .param("courses", InProcessBenchmark.courseIds(data))
        .forks(1)
        .shouldFailOnError(false) // a failed kind is reported failed; the others go on
        .output(log.toString());
  }

  private static Iterable<RunResult> run(ChainedOptionsBuilder jmh) throws RunnerException {
    return new org.openjdk.jmh.runner.Runner(jmh.build()).run();
  }

  private static Cell cell(RunResult run, Shape shape, double delayMillis) {
    return new Cell(Kind.valueOf(run.getParams().getParam("kind")), shape, delayMillis);
  }

  /**
   * Every request's latency (JMH's sample histogram, in nanoseconds), the bytes allocated per
   * request, and the collectors' pause time over the measured iterations per request sampled.
   */
  private static Measured measured(RunResult run) {
    List<Long> nanos = new ArrayList<>();
    Iterator<Map.Entry<Double, Long>> histogram =
        run.getPrimaryResult().getStatistics().getRawData();
    while (histogram.hasNext()) {
      Map.Entry<Double, Long> bucket = histogram.next();
      for (long i = 0; i < bucket.getValue(); i++) {
        nanos.add(Math.round(bucket.getKey()));
      }
    }
    long[] samples = nanos.stream().mapToLong(Long::longValue).toArray();
    double gcMillis = 0;
    long requests = 0;
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        var gc = iteration.getSecondaryResults().get("gc.time");
        gcMillis += gc == null ? 0 : gc.getScore();
        Statistics sampled = iteration.getPrimaryResult().getStatistics();
        requests += sampled.getN();
      }
    }
    var allocated = run.getSecondaryResults().get("gc.alloc.rate.norm");
    return new Measured(
        Samples.of(samples, samples.length),
        allocated == null ? -1 : Math.round(allocated.getScore()),
        requests == 0 ? -1 : gcMillis / requests);
  }

  private InProcessTargets counting(double delayMillis) {
    return counting.computeIfAbsent(
        delayMillis, delay -> new InProcessTargets(database(delay), data));
  }

  private PostgresDatabase database(double delayMillis) {
    return delayMillis == 0 ? data.database() : far;
  }

  private static TimeValue time(Duration duration) {
    return TimeValue.milliseconds(Math.max(1, duration.toMillis()));
  }
}
