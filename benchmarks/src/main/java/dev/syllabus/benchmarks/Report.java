package dev.syllabus.benchmarks;

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
    return new Result(subject, shape, delay, -1, -1, -1, null, -1, -1, -1, -1, -1, -1, -1, 1);
  }

  /** One target of the issue, its figure and whether it is met. */
  record Verdict(String target, String figure, boolean met) {}

  void write(Path docs) throws IOException {
    Files.createDirectories(docs);
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, DocsSection.allKeptAfter(markdown(), file));
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    double delay = options.delayMillis();
    md.append("# Benchmarks\n\n");
    md.append("Written by the benchmark itself; run it again rather than edit this file:\n\n");
    md.append("```sh\n").append(COMMAND).append("\n```\n\n");
    if (options.scale() != 1) {
      md.append(
          String.format(
              Locale.ROOT,
              "**Shortened run (time budgets × %.2f): figures for trying the benchmark out only.**\n\n",
              options.scale()));
    }
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
    md.append("- **JSON floor document**: ");
    if (sameDocument.isEmpty()) {
      md.append("not compared in this run.\n");
    } else {
      List<String> checks = new ArrayList<>();
      sameDocument.forEach(
          (shape, same) -> checks.add(shape.label() + (same ? " equal" : " **DIFFERENT**")));
      md.append("compared with the service's answer as JSON trees: ")
          .append(String.join(", ", checks))
          .append(".\n");
    }
    md.append("- **Warm-up**, until the serving JVM's JIT is quiet (see how it is measured):\n");
    for (String warmUp : warmUps) {
      md.append("  - ").append(warmUp).append('\n');
    }

    md.append("\n## Targets\n\n| target | figure | verdict |\n|---|---|---|\n");
    for (Verdict verdict : verdicts()) {
      md.append("| ")
          .append(verdict.target())
          .append(" | ")
          .append(verdict.figure())
          .append(" | ")
          .append(verdict.met() ? "**PASS**" : "**MISS**")
          .append(" |\n");
    }

    md.append("\n## Ratios of median latencies\n\n");
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

    for (double d : new double[] {0, delay}) {
      md.append("\n## Figures at ")
          .append(Format.millis(d))
          .append(" ms per round trip")
          .append(d == 0 ? " (loopback)" : "")
          .append("\n\n");
      md.append(
          "| shape | subject | via | statements | round trips | median ms | p99 ms | samples"
              + " | req/s, 4 clients | allocated / request | GC pauses / request | peak heap"
              + " | heap after GC, max | response |\n"
              + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (Shape shape : Shape.values()) {
        for (Subject subject : Subject.values()) {
          find(subject, shape, d).ifPresent(result -> row(md, result));
        }
      }
    }

    if (!breakdown.isEmpty()) {
      md.append("\n## Where the batched path spends\n\n");
      md.append(
          "In the benchmark's JVM at 0 ms, each step one layer more of the same request;"
              + " allocation is the measuring thread's own, exact. What a layer costs is its"
              + " step minus the one before. The service's own figure through HTTP (server"
              + " JVM, Jetty and Jersey included) is in the tables above.\n\n");
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
      for (String name : names) {
        md.append("| ").append(name);
        for (Shape shape : shapes) {
          Breakdown.Step step = step(name, shape);
          Breakdown.Step before =
              names.indexOf(name) == 0 ? null : step(names.get(names.indexOf(name) - 1), shape);
          md.append(" | ")
              .append(Format.millis(step.latency().medianMillis()))
              .append(" | ")
              .append(Format.bytes(step.allocatedPerCall()))
              .append(" | ")
              .append(
                  before == null
                      ? "–"
                      : Format.signedMillis(
                              step.latency().medianMillis() - before.latency().medianMillis())
                          + " ms, +"
                          + Format.bytes(
                              Math.max(0, step.allocatedPerCall() - before.allocatedPerCall())));
        }
        md.append(" |\n");
      }
    }

    md.append("\n## Charts\n\n");
    md.append("![Median latency against course size](benchmarks-latency.png)\n\n");
    md.append("![Statements per request against course size](benchmarks-statements.png)\n");

    md.append("\n## How it is measured\n\n");
    md.append(
        """
        - **Shapes**: S = 5 modules × 8 lessons × 6 exercises, M = 10 × 50 × 10, L = 50 × 40 × 50,
          each one course (`GET /courses/{id}`); the page is `GET /courses?published=true&limit=50`,
          50 courses of S's shape. Generated by the service's own generator and batched writer.
        - **Subjects**: *batched* and *naive* are the two loaders, through HTTP (the service's fat
          jar, its own JVM) and alone (the `LoadCourseTreesPort` call in the benchmark's JVM, on the
          same Tomcat JDBC pool). The *JSON floor* is one hand-written statement in which
          PostgreSQL builds the API's document with `json_agg` (its arrays carry a newline and a
          space between elements, so it is a little longer), read as bytes by plain JDBC, and also
          served over HTTP by a bare Jetty handler (the service's server) in a JVM of its own with
          the same heap limit,
          on connections with PostgreSQL's JIT off (it would otherwise compile the statement on
          every execution: about 10 ms at M and 30 ms at L; the loaders' statements cost too
          little to be compiled) and its generic plan forced (the custom plan took about 23 ms
          at M, the generic one 7 to 10, and which one a connection settled on decided the
          floor's figure). The *row floor* is the loader's four statements through plain
          JDBC, every column read and dropped.
        - **Side by side**: the six servers (the service with each loader and the JSON floor
          server, each directly on PostgreSQL and through the proxy) run at once, idle but for
          their turn. For each shape every subject is warmed up again briefly, then the timed
          requests come in 4 slices in which every subject takes its turn, so that a burst of load
          from elsewhere on this shared machine falls on all subjects alike.
        - **Warm-up**: before any measurement, every subject serves all shapes until the JVM that
          serves it has stopped compiling, so that the figures are those of compiled code: in
          rounds of S, M, the page and L, each for at least %d ms (thousands of requests for S,
          at least one for L), until a round's JIT compilation time (the JVM's
          `CompilationMXBean`, over JMX for the servers; for the subjects in the benchmark's JVM
          that whole JVM's) is under %s%% of the round's wall time in %d rounds in a row (one
          quiet round may be a pause between tiers); at least %d s and at most %d s per subject
          (a round under way is finished), %d s for all together. The list at the top gives, for
          each subject, how it ended, how long it took, how many requests, and the last round's
          compilation time.
        - **Latency**: sequential requests for a time budget scaled to the shape (at least 5 to
          20 samples, at most 500 to 4,000); median and p99 by nearest rank; with fewer than 100
          samples p99 is the slowest or nearly.
        - **Throughput**: 4 clients at once, each sending its next request when its answer is in,
          for 1.5 to 2.5 s, on the 2 cores that client, server and PostgreSQL share. In the
          benchmark's JVM only at 0 ms, where no proxy is shared.
        - **Allocation per request**: over the timed requests, the bytes the serving JVM
          allocated divided by the requests: through HTTP, HotSpot's per-thread counters of every
          server thread summed over JMX (its background threads included); alone, the measuring
          thread's own counter. **GC pauses** likewise, from the collectors' accumulated pause
          time (in the benchmark's JVM, pauses its other threads caused count too).
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
                WarmUp.SLICE.toMillis(),
                Format.count(WarmUp.QUIET * 100),
                WarmUp.QUIET_ROUNDS,
                WarmUp.MIN.toSeconds(),
                WarmUp.CAP.toSeconds(),
                WarmUp.TOTAL.toSeconds()));
    return md.toString();
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
    return verdicts;
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
        "L served with -Xmx256m (batched, one client and 4 at once, both delays)",
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
