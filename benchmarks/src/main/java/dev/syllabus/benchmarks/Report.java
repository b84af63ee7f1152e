package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The figures as markdown: targets with their verdicts, ratios, every cell, the breakdown. */
final class Report {

  static final String COMMAND =
      "mvn -B -q -Pbenchmarks clean package -DskipTests && java -jar benchmarks/target/benchmarks.jar";

  private final List<Result> results;
  private final List<Breakdown.Step> breakdown;
  private final Machine machine;
  private final Options options;
  private final ProxyCheck.Calibration proxying;
  private final Map<Shape, Boolean> sameDocument;
  private final List<String> warmUps;
  private final Instant started;
  private final Duration took;

  Report(
      List<Result> results,
      List<Breakdown.Step> breakdown,
      Machine machine,
      Options options,
      ProxyCheck.Calibration proxying,
      Map<Shape, Boolean> sameDocument,
      List<String> warmUps,
      Instant started,
      Duration took) {
    this.results = results;
    this.breakdown = breakdown;
    this.machine = machine;
    this.options = options;
    this.proxying = proxying;
    this.sameDocument = sameDocument;
    this.warmUps = warmUps;
    this.started = started;
    this.took = took;
  }

  /** A cell whose measurement failed: no figures, one error. */
  static Result failed(Subject subject, Shape shape, double delay) {
    return new Result(
        subject, shape, delay, -1, -1, -1, null, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1);
  }

  /** One target of the issue, its figure and whether it is met. */
  record Verdict(String target, String figure, boolean met) {}

  void write(Path docs) throws IOException {
    Files.createDirectories(docs);
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, DocsSection.allKeptAfter(markdown(), file));
  }

  /** The whole file: each section stands alone, in the order a reader wants them. */
  String markdown() {
    StringBuilder md = new StringBuilder(header()).append(conditions()).append(targets());
    md.append(ratios());
    for (double delay : new double[] {0, options.delayMillis()}) {
      md.append(figures(delay));
    }
    return md.append(breakdown()).append(charts()).append(howItIsMeasured()).toString();
  }

  /** The title, the command that writes the file, and a warning on a shortened run. */
  private String header() {
    String md =
        "# Benchmarks\n\n"
            + "Written by the benchmark itself; run it again rather than edit this file:\n\n"
            + "```sh\n"
            + COMMAND
            + "\n```\n\n";
    if (options.scale() != 1) {
      md +=
          String.format(
              Locale.ROOT,
              "**Shortened run (time budgets × %.2f): figures for trying the benchmark out only.**\n\n",
              options.scale());
    }
    return md;
  }

  /** When and on what the run took place, the proxy's calibration, the checks and warm-ups. */
  private String conditions() {
    double delay = options.delayMillis();
    StringBuilder md = new StringBuilder();
    md.append("- **When**: ")
        .append(DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)))
        .append(
            String.format(
                Locale.ROOT,
                "; the run took %d min %02d s",
                took.toMinutes(),
                took.toSecondsPart()))
        .append(" (database, shapes, every measurement and these files).\n");
    md.append("- **Machine**: ").append(machine.text()).append(".\n");
    md.append(
        "- **Service**: `bootstrap/target/syllabus.jar server config.yml` in a JVM of its own with"
            + " `-Xmx256m` and the default collector, `persistence.loading` batched or naive;"
            + " the benchmark's client is `java.net.http.HttpClient` (HTTP/1.1) in another JVM.\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- **Round trips**: 0 ms is loopback. For %s ms a TCP proxy on loopback holds every"
                + " burst the client sends before it forwards it. Its forwarding alone added"
                + " %.3f ms per round trip on `select 1` (median), so it held each burst %.3f ms,"
                + " and the two together added %.3f ms; over the naive loader's round trips at M"
                + " they added %s ms each through HTTP and %s ms alone (the difference of the"
                + " medians divided by the round trips).%n",
            Format.millis(delay),
            proxying.forwardingMillis(),
            proxying.holdMillis(),
            proxying.addedMillis(),
            Format.millis(addedPerRoundTrip(Subject.NAIVE_HTTP)),
            Format.millis(addedPerRoundTrip(Subject.NAIVE_ALONE))));
    md.append("- **JSON floor document**: ").append(floorDocuments()).append('\n');
    md.append(
        "- **Warm-up** through HTTP, until the serving JVM's JIT is quiet (see how it is"
            + " measured); in process, JMH's warm-up iterations:\n");
    for (String warmUp : warmUps) {
      md.append("  - ").append(warmUp).append('\n');
    }
    return md.toString();
  }

  private String floorDocuments() {
    if (sameDocument.isEmpty()) {
      return "not compared in this run.";
    }
    List<String> checks = new ArrayList<>();
    sameDocument.forEach(
        (shape, same) -> checks.add(shape.label() + (same ? " equal" : " **DIFFERENT**")));
    return "compared with the service's answer as JSON trees: " + String.join(", ", checks) + ".";
  }

  /** Each target of the issue with its figure and verdict. */
  private String targets() {
    StringBuilder md =
        new StringBuilder("\n## Targets\n\n| target | figure | verdict |\n|---|---|---|\n");
    for (Verdict verdict : verdicts()) {
      md.append("| ")
          .append(verdict.target())
          .append(" | ")
          .append(verdict.figure())
          .append(" | ")
          .append(verdict.met() ? "**PASS**" : "**MISS**")
          .append(" |\n");
    }
    return md.toString();
  }

  /** The ratios of median latencies that the targets and the README quote, shape by shape. */
  private String ratios() {
    double delay = options.delayMillis();
    StringBuilder md = new StringBuilder("\n## Ratios of median latencies\n\n");
    md.append(
        "| shape | batched HTTP ÷ JSON floor HTTP | batched HTTP ÷ JSON floor JDBC"
            + " | batched HTTP ÷ row floor | batched alone ÷ row floor"
            + " | naive ÷ batched, HTTP, 0 ms | naive ÷ batched, alone, 0 ms"
            + " | naive ÷ batched, HTTP, "
            + Format.millis(delay)
            + " ms | naive ÷ batched, alone, "
            + Format.millis(delay)
            + " ms |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Shape shape : Shape.values()) {
      md.append("| ").append(shape.label());
      for (double ratio :
          new double[] {
            ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_HTTP, shape, 0),
            ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_JDBC, shape, 0),
            ratio(Subject.BATCHED_HTTP, Subject.ROW_FLOOR_JDBC, shape, 0),
            ratio(Subject.BATCHED_ALONE, Subject.ROW_FLOOR_JDBC, shape, 0),
            ratio(Subject.NAIVE_HTTP, Subject.BATCHED_HTTP, shape, 0),
            ratio(Subject.NAIVE_ALONE, Subject.BATCHED_ALONE, shape, 0),
            ratio(Subject.NAIVE_HTTP, Subject.BATCHED_HTTP, shape, delay),
            ratio(Subject.NAIVE_ALONE, Subject.BATCHED_ALONE, shape, delay)
          }) {
        md.append(" | ").append(Format.ratio(ratio));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  /** Every figure of every subject at one delay per round trip. */
  private String figures(double delay) {
    StringBuilder md =
        new StringBuilder("\n## Figures at ")
            .append(Format.millis(delay))
            .append(" ms per round trip")
            .append(delay == 0 ? " (loopback)" : "")
            .append("\n\n");
    md.append(
        "| shape | subject | via | statements | round trips | median ms | p99 ms | samples"
            + " | req/s, 4 clients | req/s, 8 clients | allocated / request | GC pauses / request"
            + " | peak heap | heap after GC, max | response |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Shape shape : Shape.values()) {
      for (Subject subject : Subject.values()) {
        find(subject, shape, delay).ifPresent(result -> row(md, result));
      }
    }
    return md.toString();
  }

  /** What each layer of the batched path adds, step by step; empty if it was not measured. */
  private String breakdown() {
    if (breakdown.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("\n## Where the batched path spends\n\n");
    md.append(
        "In process at 0 ms, under JMH as the subjects alone, each step one layer more of the"
            + " same request; allocation is JMH's per request. What a layer costs is its step"
            + " minus the one before. The service's own figure through HTTP (server JVM, Jetty"
            + " and Jersey included) is in the tables above.\n\n");
    List<Shape> shapes = breakdown.stream().map(Breakdown.Step::shape).distinct().toList();
    md.append("| step");
    for (Shape shape : shapes) {
      md.append(" | ")
          .append(shape.label())
          .append(" median ms | ")
          .append(shape.label())
          .append(" allocated | ")
          .append(shape.label())
          .append(" layer adds");
    }
    md.append(" |\n|---");
    md.append("|---|---|---".repeat(shapes.size())).append("|\n");
    List<String> names = breakdown.stream().map(Breakdown.Step::name).distinct().toList();
    for (int i = 0; i < names.size(); i++) {
      md.append("| ").append(names.get(i));
      for (Shape shape : shapes) {
        Breakdown.Step step = step(names.get(i), shape);
        md.append(" | ")
            .append(Format.millis(step.latency().medianMillis()))
            .append(" | ")
            .append(Format.bytes(step.allocatedPerCall()))
            .append(" | ")
            .append(i == 0 ? "–" : layerAdds(step, step(names.get(i - 1), shape)));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  private static String layerAdds(Breakdown.Step step, Breakdown.Step before) {
    return Format.signedMillis(step.latency().medianMillis() - before.latency().medianMillis())
        + " ms, +"
        + Format.bytes(Math.max(0, step.allocatedPerCall() - before.allocatedPerCall()));
  }

  private static String charts() {
    return "\n## Charts\n\n"
        + "![Median latency against course size](benchmarks-latency.png)\n\n"
        + "![Statements per request against course size](benchmarks-statements.png)\n";
  }

  /**
   * How every figure is taken, with the loader's and the warm-up's constants as the code has them.
   */
  private static String howItIsMeasured() {
    return "\n## How it is measured\n\n"
        + """
        - **Shapes**: S = 5 modules × 8 lessons × 6 exercises, M = 10 × 50 × 10, L = 50 × 40 × 50,
          each one course (`GET /courses/{id}`); the page is `GET /courses?published=true&limit=50`,
          50 courses of S's shape. Generated by the service's own generator and batched writer.
        - **Subjects**: *batched* and *naive* are the two loaders, through HTTP (the service's fat
          jar, its own JVM) and alone (the `LoadCourseTreesPort` call in process, on the
          same Tomcat JDBC pool). The *JSON floor* is one hand-written statement in which
          PostgreSQL builds the API's document with `json_agg` (its arrays carry a newline and a
          space between elements, so it is a little longer), read as bytes by plain JDBC, and also
          served over HTTP by a bare Jetty handler (the service's server) in a JVM of its own with
          the same heap limit,
          on connections with PostgreSQL's JIT off (it would otherwise compile the statement on
          every execution: about 10 ms at M and 30 ms at L; the loaders' statements cost too
          little to be compiled) and its generic plan forced (the custom plan took about 23 ms
          at M, the generic one 7 to 10, and which one a connection settled on decided the
          floor's figure). The *row floor* is the batched loader's own four statements
          (`CourseTreeStatements`), run as it runs them (one transaction, exercises fetched
          %s rows at a time) through plain JDBC, every column read and dropped. *Batched,
          HTTP through Varnish* reads the same courses anonymously (every course is published)
          through a Varnish with the shipped configuration (`deploy/varnish/syllabus.vcl`, with
          `http_gzip_support` off so that it answers uncompressed like the others) in front of the
          batched service, which purges it: after the first request every one is a hit that the
          service never sees, so its statements are 0 and its allocation is the service's.
        - **Side by side**: the six servers (the service with each loader and the JSON floor
          server, each directly on PostgreSQL and through the proxy) run at once, idle but for
          their turn. For each shape every subject through HTTP is warmed up again briefly, then
          the timed requests come in 4 slices in which every subject takes its turn, so that a
          burst of load from elsewhere on this shared machine falls on all subjects alike. The
          subjects in process are measured after the servers have stopped, one after another.
        - **Warm-up** through HTTP: before any measurement, every server serves all shapes until
          its JVM has stopped compiling, so that the figures are those of compiled code: in
          rounds of S, M, the page and L, each for at least %d ms (thousands of requests for S,
          at least one for L), until a round's JIT compilation time (the JVM's
          `CompilationMXBean`, over JMX) is under %s%% of the round's wall time in %d rounds in a
          row (one quiet round may be a pause between tiers); at least %d s and at most %d s per
          subject (a round under way is finished), %d s for all together. The list at the top
          gives, for each subject, how it ended, how long it took, how many requests, and the
          last round's compilation time.
        - **In process, JMH**: every subject alone and every step of the breakdown runs in a JVM
          of its own that JMH forks for it (`InProcessBenchmark`), on its own pools, through the
          proxy where the delay asks for it: %d warm-up iterations of 1 to 1.5 s, then %d
          measured iterations sharing the shape's time budget, in JMH's sample-time mode, which
          times every request of this length; its output is in `benchmarks/target/logs/jmh-*.txt`.
          Statements, round trips and the response are counted in the benchmark's JVM on %d
          requests of the same targets.
        - **Latency**: through HTTP, sequential requests for a time budget scaled to the shape
          (at least 5 to 20 samples, at most 500 to 4,000); in process, JMH's iterations for the
          same budget; median and p99 by nearest rank; with fewer than 100 samples p99 is the
          slowest or nearly.
        - **Throughput**: 4 clients at once, then 8, each sending its next request when its answer
          is in, for 1.5 to 2.5 s each, on the 2 cores that client, server and PostgreSQL share. In process
          JMH's throughput mode with 4 threads, in a fork of its own, only at 0 ms.
        - **Allocation per request**: through HTTP, over the timed requests, the bytes the
          serving JVM allocated divided by the requests: HotSpot's per-thread counters of every
          server thread summed over JMX (its background threads included); in process, JMH's GC
          profiler (`gc.alloc.rate.norm`, the measuring threads' own). **GC pauses** likewise,
          from the collectors' accumulated pause time (in process, of the whole fork, over its
          measured iterations, per request sampled).
        - **Peak heap**: the largest heap use of the server JVM during the shape's measurements,
          taken from the heap before each collection (the heap only grows between two) and at
          the end; *heap after GC, max* is the largest use right after a collection, an upper
          bound of what the server kept alive (a young collection leaves the old generation's
          garbage in place); the -Xmx256m target also gives the full collections, if any, and
          the most any of them left alive, which is what was really alive then.
        - **Statements** come from `X-Query-Count` (through HTTP) or the service's
          `StatementCounter` (alone); **round trips** are the bursts the proxy saw per request.
        """
            .formatted(
                Format.count(JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH),
                WarmUp.SLICE.toMillis(),
                Format.count(WarmUp.QUIET * 100),
                WarmUp.QUIET_ROUNDS,
                WarmUp.MIN.toSeconds(),
                WarmUp.CAP.toSeconds(),
                WarmUp.TOTAL.toSeconds(),
                InProcess.WARMUP_ITERATIONS,
                Runner.SLICES,
                InProcess.COUNTED);
  }

  List<Verdict> verdicts() {
    double delay = options.delayMillis();
    List<Verdict> verdicts = new ArrayList<>();
    double httpM = ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_HTTP, Shape.M, 0);
    double httpL = ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_HTTP, Shape.L, 0);
    verdicts.add(
        new Verdict(
            "Through HTTP, batched at or below the JSON floor at M and L (the floor served over"
                + " HTTP too)",
            "M " + Format.ratio(httpM) + ", L " + Format.ratio(httpL) + " of the floor",
            httpM <= 1 && httpL <= 1));
    double jdbcM = ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_JDBC, Shape.M, 0);
    double jdbcL = ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_JDBC, Shape.L, 0);
    verdicts.add(
        new Verdict(
            "The same against the JSON floor read by JDBC alone (no HTTP on the floor's side)",
            "M " + Format.ratio(jdbcM) + ", L " + Format.ratio(jdbcL) + " of the floor",
            jdbcM <= 1 && jdbcL <= 1));
    double rows = ratio(Subject.BATCHED_HTTP, Subject.ROW_FLOOR_JDBC, Shape.L, 0);
    verdicts.add(
        new Verdict(
            "Through HTTP, batched within 2.5× the row floor at L",
            Format.ratio(rows)
                + " ("
                + Format.millis(median(Subject.BATCHED_HTTP, Shape.L, 0))
                + " ms against "
                + Format.millis(median(Subject.ROW_FLOOR_JDBC, Shape.L, 0))
                + " ms)",
            rows <= 2.5));
    double naive = ratio(Subject.NAIVE_HTTP, Subject.BATCHED_HTTP, Shape.M, delay);
    double naiveAlone = ratio(Subject.NAIVE_ALONE, Subject.BATCHED_ALONE, Shape.M, delay);
    verdicts.add(
        new Verdict(
            "At "
                + Format.millis(delay)
                + " ms per round trip, batched at least 20× faster than"
                + " naive at M (through HTTP)",
            Format.ratio(naive)
                + " ("
                + Format.millis(median(Subject.NAIVE_HTTP, Shape.M, delay))
                + " ms against "
                + Format.millis(median(Subject.BATCHED_HTTP, Shape.M, delay))
                + " ms); loaders alone "
                + Format.ratio(naiveAlone),
            naive >= 20));
    verdicts.add(servedWithin256m());
    verdicts.addAll(smallTrees());
    return verdicts;
  }

  /** What every request pays besides its rows, on the most common courses: small ones. */
  private List<Verdict> smallTrees() {
    List<Verdict> verdicts = new ArrayList<>();
    double median = ratio(Subject.BATCHED_HTTP, Subject.JSON_FLOOR_HTTP, Shape.S, 0);
    double p99 =
        figure(Subject.BATCHED_HTTP, Shape.S, r -> r.latency().p99Millis())
            / figure(Subject.JSON_FLOOR_HTTP, Shape.S, r -> r.latency().p99Millis());
    verdicts.add(
        new Verdict(
            "S through HTTP within 1.3× the JSON floor served over HTTP, median and p99",
            "median " + Format.ratio(median) + ", p99 " + Format.ratio(p99),
            median <= 1.3 && p99 <= 1.3));
    double service = figure(Subject.BATCHED_HTTP, Shape.S, Result::throughputMoreClients);
    double floor = figure(Subject.JSON_FLOOR_HTTP, Shape.S, Result::throughputMoreClients);
    verdicts.add(
        new Verdict(
            "S with 8 clients at once: at least 0.8× the JSON floor's requests per second",
            Format.ratio(service / floor)
                + " ("
                + Format.rate(service)
                + " against "
                + Format.rate(floor)
                + " req/s)",
            service / floor >= 0.8));
    double allocated = figure(Subject.BATCHED_HTTP, Shape.S, r -> r.allocatedPerRequest());
    double response = figure(Subject.BATCHED_HTTP, Shape.S, r -> r.bytes());
    double rowFloor = figure(Subject.ROW_FLOOR_JDBC, Shape.S, r -> r.allocatedPerRequest());
    verdicts.add(
        new Verdict(
            "S allocates at most 3× its response per request",
            Format.ratio(allocated / response)
                + " ("
                + Format.bytes((long) allocated)
                + " for "
                + Format.bytes((long) response)
                + "; the row floor alone, JDBC reading the rows, "
                + Format.bytes((long) rowFloor)
                + ")",
            allocated <= 3 * response));
    List<Result> l =
        results.stream()
            .filter(r -> r.subject() == Subject.BATCHED_HTTP && r.shape() == Shape.L)
            .filter(r -> r.latency() != null)
            .toList();
    int full = l.stream().mapToInt(Result::fullCollections).sum();
    int withClients = l.stream().mapToInt(r -> Math.max(0, r.fullCollectionsWithClients())).sum();
    int withMore = l.stream().mapToInt(r -> Math.max(0, r.fullCollectionsWithMoreClients())).sum();
    verdicts.add(
        new Verdict(
            // Judged with one client and 4, as the target is set; 8 are shown, not judged.
            "L with -Xmx256m, one client then "
                + Budget.CLIENTS
                + " at once, both delays: no full collection ("
                + Budget.MORE_CLIENTS
                + " at once shown too)",
            l.isEmpty()
                ? "not measured"
                : full
                    + " full collections: "
                    + (full - withClients - withMore)
                    + " with one client, "
                    + withClients
                    + " with "
                    + Budget.CLIENTS
                    + " clients, "
                    + withMore
                    + " with "
                    + Budget.MORE_CLIENTS
                    + " clients",
            !l.isEmpty() && full - withMore == 0));
    return verdicts;
  }

  /** A figure of a measured cell at 0 ms; NaN if it was not measured. */
  private double figure(Subject subject, Shape shape, ToDoubleFunction<Result> figure) {
    return find(subject, shape, 0)
        .filter(r -> r.latency() != null)
        .map(figure::applyAsDouble)
        .filter(value -> value >= 0)
        .orElse(Double.NaN);
  }

  private Verdict servedWithin256m() {
    List<Result> cells =
        results.stream()
            .filter(r -> r.subject() == Subject.BATCHED_HTTP && r.shape() == Shape.L)
            .toList();
    boolean measured = cells.size() == 2 && cells.stream().allMatch(r -> r.latency() != null);
    int errors = cells.stream().mapToInt(Result::errors).sum();
    long peak = cells.stream().mapToLong(Result::peakHeap).max().orElse(-1);
    long afterGc = cells.stream().mapToLong(Result::maxHeapAfterGc).max().orElse(-1);
    double gc = cells.stream().mapToDouble(Result::gcMillisPerRequest).max().orElse(-1);
    int fullCollections = cells.stream().mapToInt(Result::fullCollections).sum();
    long liveAfterFull = cells.stream().mapToLong(Result::maxLiveAfterFullGc).max().orElse(-1);
    return new Verdict(
        "L served with -Xmx256m (batched, one client, then 4 and 8 at once, both delays)",
        (measured ? errors + " failed requests" : "not measured")
            + "; peak heap "
            + Format.bytes(peak)
            + ", heap after GC at most "
            + Format.bytes(afterGc)
            + fullCollectionsText(fullCollections, liveAfterFull)
            + "; GC pauses up to "
            + Format.millis(gc)
            + " ms per request",
        measured && errors == 0);
  }

  /**
   * What the full collections say about the heap: a young collection leaves the old generation's
   * garbage in place, so only a full one shows what was really alive.
   */
  private static String fullCollectionsText(int count, long liveAfter) {
    if (count < 0) {
      return "";
    }
    if (count == 0) {
      return " (no full collection)";
    }
    return " ("
        + count
        + " full collection"
        + (count == 1 ? "" : "s")
        + ", when garbage filled the heap faster than the collector freed it; each left at most "
        + Format.bytes(liveAfter)
        + " alive)";
  }

  private void row(StringBuilder md, Result r) {
    boolean failed = r.latency() == null;
    md.append("| ")
        .append(r.shape().label())
        .append(" | ")
        .append(r.subject().what())
        .append(" | ")
        .append(r.subject().how())
        .append(" | ")
        .append(Format.count(r.statements()))
        .append(" | ")
        .append(Format.count(r.roundTrips()))
        .append(" | ")
        .append(failed ? "failed" : Format.millis(r.latency().medianMillis()))
        .append(" | ")
        .append(failed ? "–" : Format.millis(r.latency().p99Millis()))
        .append(" | ")
        .append(failed ? "–" : Format.count(r.latency().count()))
        .append(" | ")
        .append(Format.rate(r.throughput()))
        .append(" | ")
        .append(Format.rate(r.throughputMoreClients()))
        .append(" | ")
        .append(Format.bytes(r.allocatedPerRequest()))
        .append(" | ")
        .append(r.gcMillisPerRequest() < 0 ? "–" : Format.millis(r.gcMillisPerRequest()) + " ms")
        .append(" | ")
        .append(Format.bytes(r.peakHeap()))
        .append(" | ")
        .append(Format.bytes(r.maxHeapAfterGc()))
        .append(" | ")
        .append(Format.bytes(r.bytes()))
        .append(r.errors() > 0 && !failed ? ", " + r.errors() + " failed" : "")
        .append(" |\n");
  }

  Optional<Result> find(Subject subject, Shape shape, double delay) {
    return results.stream()
        .filter(r -> r.subject() == subject && r.shape() == shape && r.delayMillis() == delay)
        .findFirst();
  }

  double median(Subject subject, Shape shape, double delay) {
    return find(subject, shape, delay)
        .filter(r -> r.latency() != null)
        .map(r -> r.latency().medianMillis())
        .orElse(Double.NaN);
  }

  /** What each round trip of the subject at M cost more with the delay than without. */
  private double addedPerRoundTrip(Subject subject) {
    double delayed = median(subject, Shape.M, options.delayMillis());
    double trips =
        find(subject, Shape.M, options.delayMillis()).map(Result::roundTrips).orElse(-1.0);
    double added = (delayed - median(subject, Shape.M, 0)) / trips;
    return trips > 0 && !Double.isNaN(added) ? added : -1;
  }

  private double ratio(Subject over, Subject under, Shape shape, double delay) {
    return median(over, shape, delay) / median(under, shape, delay);
  }

  private Breakdown.Step step(String name, Shape shape) {
    return breakdown.stream()
        .filter(s -> s.name().equals(name) && s.shape() == shape)
        .findFirst()
        .orElseThrow();
  }
}
