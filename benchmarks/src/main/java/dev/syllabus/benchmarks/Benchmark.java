package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.httpcache.Varnishd;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.apache.tomcat.jdbc.pool.DataSource;

/**
 * The benchmark, in one run: creates its database and the shapes, starts the servers, measures the
 * subjects through HTTP at 0 ms and at the proxy's delay per round trip side by side, shape by
 * shape, then the subjects in process under JMH, writes the table and the charts, and drops its
 * database. Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * [--quick]}.
 */
public final class Benchmark {

  private static final List<Subject> SERVED =
      List.of(Subject.BATCHED_HTTP, Subject.NAIVE_HTTP, Subject.JSON_FLOOR_HTTP);

  private static final List<Subject> IN_PROCESS =
      List.of(
          Subject.BATCHED_ALONE,
          Subject.NAIVE_ALONE,
          Subject.JSON_FLOOR_JDBC,
          Subject.ROW_FLOOR_JDBC);

  private static final List<Shape> BREAKDOWN_SHAPES = List.of(Shape.S, Shape.M, Shape.L);

  private final Options options;
  private final Postgres postgres = Postgres.fromEnvironment();
  private final Map<Shape, Boolean> sameDocument = new EnumMap<>(Shape.class);
  private final List<ChildJvm> servers = new ArrayList<>();
  private final List<Varnishd> caches = new ArrayList<>();

  /** The shipped Varnish configuration, which the cache in front of the batched service runs. */
  private static final Path VCL = Path.of("deploy", "varnish", "syllabus.vcl");

  private Benchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
    Options options = Options.parse(args);
    switch (options.only()) {
      case "" -> new Benchmark(options).run();
      case "limits" -> System.exit(new LimitsCheck(options).run() ? 0 : 1);
      case "screens" -> System.exit(new ScreenReadsCheck(options).run() ? 0 : 1);
      default ->
          throw new IllegalArgumentException(
              "--only knows limits and screens, not " + options.only());
    }
  }

  private void run() throws Exception {
    Instant started = Instant.now();
    options.requireFiles();
    Machine machine = Machine.describe(postgres);
    System.out.println(machine.text());
    System.out.println("Creating " + BenchData.NAME + " and the shapes S, M, L and the page...");
    try (BenchData data = BenchData.create(postgres, options.keepDatabase());
        DelayProxy proxy = DelayProxy.start(postgres.address(), options.delay())) {
      PostgresDatabase far = postgres.viaPort(BenchData.NAME, proxy.port());
      ProxyCheck.Calibration proxying =
          ProxyCheck.calibrate(proxy, data.database(), far, options.delay());
      System.out.printf(
          "Delay proxy on port %d: %.2f ms asked; forwarding alone adds %.3f ms, so it holds each"
              + " burst %.3f ms: %.3f ms added per round trip%n",
          proxy.port(),
          options.delayMillis(),
          proxying.forwardingMillis(),
          proxying.holdMillis(),
          proxying.addedMillis());

      List<Runner.Cell> cells = new ArrayList<>();
      Map<Subject, HttpTarget> http = startServers(data, proxy, far, cells);
      checkFloorDocuments(http.get(Subject.BATCHED_HTTP), data);

      System.out.println(
          "\nWarming every HTTP subject up on every shape until its JIT is quiet...");
      List<String> warmUps = WarmUp.all(cells, options.scale());
      List<Result> results = new ArrayList<>();
      for (Shape shape : Shape.values()) {
        System.out.printf("%n%s, %s, every subject in turn:%n", shape.label(), shape.description());
        for (Result result : Runner.measure(cells, shape, Budget.of(shape, options.scale()))) {
          results.add(result);
          print(result);
        }
      }
      stopServers();

      System.out.println(
          "\nIn process, each subject in a JVM of its own under JMH (logs in "
              + options.logs()
              + "):");
      List<Breakdown.Step> breakdown;
      try (InProcess inProcess = new InProcess(options, data, proxy, far)) {
        for (Shape shape : Shape.values()) {
          results.addAll(inProcess(inProcess, shape));
        }
        System.out.println("\nWhere the batched path spends, in process at 0 ms:");
        breakdown = Breakdown.of(inProcess, BREAKDOWN_SHAPES);
      }

      Duration took = Duration.between(started, Instant.now());
      machine = machine.withLoadAtEnd();
      Report report =
          new Report(
              results, breakdown, machine, options, proxying, sameDocument, warmUps, started, took);
      System.out.println();
      System.out.println(report.markdown());
      report.write(options.docs());
      Charts.write(results, options.docs(), options.delayMillis());
      System.out.println("Wrote " + options.docs().resolve("benchmarks.md") + " and its charts.");
    } finally {
      stopServers();
    }
  }

  /**
   * Starts the service with each loader, and the JSON floor server, each directly on PostgreSQL and
   * through the proxy: six JVMs at once, so that their requests can take turns. In front of each
   * batched service, a Varnish with the shipped configuration, which the service purges, where
   * varnishd is installed.
   */
  private Map<Subject, HttpTarget> startServers(
      BenchData data, DelayProxy proxy, PostgresDatabase far, List<Runner.Cell> cells)
      throws Exception {
    System.out.println("Starting the servers (six JVMs with -Xmx256m)...");
    HttpClient client = HttpTarget.client();
    Map<Subject, HttpTarget> direct = new EnumMap<>(Subject.class);
    ExecutorService starting = Executors.newFixedThreadPool(6);
    try {
      List<Future<ChildJvm>> starts = new ArrayList<>();
      List<Runner.Cell> pending = new ArrayList<>();
      List<Integer> ports = new ArrayList<>();
      Map<Double, Integer> cachePorts = new HashMap<>();
      for (double delay : delays()) {
        int cachePort = Varnishd.freePort();
        cachePorts.put(delay, cachePort);
        for (Subject subject : SERVED) {
          int port = ChildJvm.freePort();
          ports.add(port);
          PostgresDatabase database = delay == 0 ? data.database() : far;
          starts.add(
              starting.submit(() -> startServer(subject, database, port, data, delay, cachePort)));
          HttpTarget target = HttpTarget.asAuthor(client, port, data);
          if (delay == 0) {
            direct.put(subject, target);
          }
          pending.add(new Runner.Cell(subject, delay, target, null, trips(proxy, delay)));
        }
      }
      for (int i = 0; i < starts.size(); i++) {
        ChildJvm server = starts.get(i).get();
        servers.add(server);
        Runner.Cell cell = pending.get(i);
        JmxProbe probe = new JmxProbe(server.mbeans());
        cells.add(
            new Runner.Cell(
                cell.subject(), cell.delayMillis(), cell.target(), probe, cell.roundTrips()));
        if (cell.subject() == Subject.BATCHED_HTTP && Varnishd.installed()) {
          int cachePort = cachePorts.get(cell.delayMillis());
          // Varnish compresses what it stores unless told not to; the other subjects answer
          // uncompressed, and so does this one.
          caches.add(Varnishd.start(VCL, ports.get(i), cachePort, "http_gzip_support=off"));
          cells.add(
              new Runner.Cell(
                  Subject.CACHED_HTTP,
                  cell.delayMillis(),
                  HttpTarget.anonymous(client, cachePort, data),
                  new ServiceBehindCache(probe),
                  cell.roundTrips()));
        }
      }
      if (!Varnishd.installed()) {
        System.out.println(
            "  no varnishd here (" + Varnishd.MISSING + "): nothing through the cache");
      }
    } finally {
      starting.shutdown();
    }
    return direct;
  }

  /** The subjects in process on one shape, at both delays, and the breakdown's steps on it. */
  private List<Result> inProcess(InProcess inProcess, Shape shape) throws Exception {
    List<InProcessTargets.Kind> kinds = IN_PROCESS.stream().map(InProcessTargets.Kind::of).toList();
    List<InProcessTargets.Kind> atZero = new ArrayList<>(kinds);
    if (BREAKDOWN_SHAPES.contains(shape)) {
      Breakdown.STEPS.values().stream().filter(kind -> !atZero.contains(kind)).forEach(atZero::add);
    }
    System.out.printf("%n%s, %s:%n", shape.label(), shape.description());
    inProcess.latency(shape, 0, atZero);
    inProcess.latency(shape, options.delayMillis(), kinds);
    inProcess.throughput(shape, kinds);
    List<Result> results = new ArrayList<>();
    for (double delay : delays()) {
      for (Subject subject : IN_PROCESS) {
        Result result = inProcess.result(subject, shape, delay);
        results.add(result);
        print(result);
      }
    }
    return results;
  }

  private ChildJvm startServer(
      Subject subject,
      PostgresDatabase database,
      int port,
      BenchData data,
      double delay,
      int cachePort)
      throws Exception {
    String name = subject.name().toLowerCase(Locale.ROOT) + "-" + delay + "ms";
    if (subject == Subject.JSON_FLOOR_HTTP) {
      return ChildJvm.start(
          name,
          List.of(
              "-cp",
              Options.ownJar().toString(),
              JsonFloorServer.class.getName(),
              String.valueOf(port),
              database.url(),
              database.user(),
              database.password()),
          Map.of(),
          options.logs(),
          URI.create("http://127.0.0.1:" + port + data.path(Shape.S)));
    }
    int adminPort = ChildJvm.freePort();
    String loading = subject == Subject.BATCHED_HTTP ? "batched" : "naive";
    List<String> settings = new ArrayList<>(ChildJvm.benchmarkSettings(loading));
    if (subject == Subject.BATCHED_HTTP) {
      // The cache in front keeps what this service tags, and only if it knows where to purge.
      settings.add("-Ddw.httpCache.purgeUrls=http://127.0.0.1:" + cachePort + "/");
    }
    return ChildJvm.service(
        name,
        settings,
        options.serviceJar(),
        options.config(),
        database,
        port,
        adminPort,
        options.logs());
  }

  /** The JSON floor must answer the very document the service answers, or it is no floor. */
  private void checkFloorDocuments(HttpTarget service, BenchData data) throws Exception {
    ObjectMapper json = new ObjectMapper();
    DataSource pool = Postgres.floorPool(data.database(), 1);
    try {
      JsonFloor floor = new JsonFloor(pool, data);
      for (Shape shape : Shape.values()) {
        boolean same =
            json.readTree(service.body(shape)).equals(json.readTree(floor.document(shape)));
        sameDocument.put(shape, same);
        System.out.printf(
            "  JSON floor document %s the service's for %s%n",
            same ? "equals" : "DIFFERS FROM", shape.label());
      }
    } finally {
      pool.close(true);
    }
  }

  private double[] delays() {
    return new double[] {0, options.delayMillis()};
  }

  private static LongSupplier trips(DelayProxy proxy, double delay) {
    return delay == 0 ? () -> -1 : proxy::roundTrips;
  }

  private static void print(Result result) {
    if (result.latency() == null) {
      System.out.printf(
          "  %-10s %-27s %4s ms  FAILED%n",
          result.subject().what(), result.subject().how(), Format.millis(result.delayMillis()));
      return;
    }
    System.out.printf(
        "  %-10s %-27s %4s ms %6s stmts  median %8s  p99 %8s ms (%4d)  %7s / %7s req/s  %10s/req%s%n",
        result.subject().what(),
        result.subject().how(),
        Format.millis(result.delayMillis()),
        Format.count(result.statements()),
        Format.millis(result.latency().medianMillis()),
        Format.millis(result.latency().p99Millis()),
        result.latency().count(),
        Format.rate(result.throughput()),
        Format.rate(result.throughputMoreClients()),
        Format.bytes(result.allocatedPerRequest()),
        result.errors() > 0 ? "  " + result.errors() + " FAILED" : "");
  }

  private void stopServers() {
    for (Varnishd cache : caches) {
      try {
        cache.close();
      } catch (Exception e) {
        System.err.println("while stopping varnishd on port " + cache.port() + ": " + e);
      }
    }
    caches.clear();
    for (ChildJvm server : servers) {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("while stopping " + server.log() + ": " + e);
      }
    }
    servers.clear();
  }
}
