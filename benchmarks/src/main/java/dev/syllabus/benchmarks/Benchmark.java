package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.NaiveJdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.adapter.out.persistence.StatementCounter;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.ListCourseTreesService;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The benchmark, in one run: creates its database and the shapes, measures every subject at 0 ms
 * and at the proxy's delay per round trip, writes the table and the charts, drops its database. Run
 * from the repository root: {@code java -jar benchmarks/target/benchmarks.jar [--quick]}.
 */
public final class Benchmark {

  private final Options options;
  private final Postgres postgres = Postgres.fromEnvironment();
  private final List<Result> results = new ArrayList<>();
  private final Map<Shape, Boolean> sameDocument = new EnumMap<>(Shape.class);

  private Benchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
    new Benchmark(Options.parse(args)).run();
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
      double addedMillis = ProxyCheck.addedMillis(data.database(), far);
      System.out.printf(
          "Delay proxy on port %d: %.2f ms asked, %.3f ms measured per round trip%n",
          proxy.port(), options.delayMillis(), addedMillis);

      List<Breakdown.Step> breakdown = inProcess(data, proxy, far);
      overHttp(data, proxy, far);

      Duration took = Duration.between(started, Instant.now());
      Report report =
          new Report(
              results, breakdown, machine, options, addedMillis, sameDocument, started, took);
      System.out.println();
      System.out.println(report.markdown());
      report.write(options.docs());
      Charts.write(results, options.docs(), options.delayMillis());
      System.out.println("Wrote " + options.docs().resolve("benchmarks.md") + " and its charts.");
    }
  }

  /** The loaders alone and the two floors, in this JVM, directly and through the proxy. */
  private List<Breakdown.Step> inProcess(BenchData data, DelayProxy proxy, PostgresDatabase far)
      throws Exception {
    List<Breakdown.Step> breakdown = List.of();
    for (double delay : new double[] {0, options.delayMillis()}) {
      PostgresDatabase database = delay == 0 ? data.database() : far;
      LongSupplier trips = delay == 0 ? () -> -1 : proxy::roundTrips;
      DataSource pool = Postgres.pool(database, 8);
      try {
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        StatementCounter counter = StatementCounter.installOn(jdbi);
        JdbiCourseTreeLoader batched = new JdbiCourseTreeLoader(jdbi);
        Map<Subject, Target> targets = new LinkedHashMap<>();
        targets.put(Subject.BATCHED_ALONE, new LoaderTarget(batched, counter, data));
        targets.put(
            Subject.NAIVE_ALONE,
            new LoaderTarget(new NaiveJdbiCourseTreeLoader(jdbi), counter, data));
        targets.put(Subject.JSON_FLOOR_JDBC, new JsonFloor(pool, data));
        targets.put(Subject.ROW_FLOOR_JDBC, new RowFloor(pool, data));
        System.out.printf("%nIn this JVM, %s ms per round trip:%n", Format.millis(delay));
        for (Target target : targets.values()) {
          prewarm(target);
        }
        for (Shape shape : Shape.values()) {
          for (Map.Entry<Subject, Target> target : targets.entrySet()) {
            measure(target.getKey(), target.getValue(), shape, delay, Probe.currentThread(), trips);
          }
        }
        if (delay == 0) {
          System.out.println("\nWhere the batched path spends, in this JVM at 0 ms:");
          CourseResource resource =
              new CourseResource(
                  new GetCourseTreeService(batched, new JdbiCompletionStore(jdbi)),
                  new ListCourseTreesService(batched));
          breakdown =
              Breakdown.measure(
                  Breakdown.steps(
                      new RowFloor(pool, data),
                      new JdbiRows(jdbi, data),
                      new LoaderTarget(batched, counter, data),
                      new ResourceTarget(resource, data, false),
                      new ResourceTarget(resource, data, true)),
                  List.of(Shape.M, Shape.L),
                  options.scale());
        }
      } finally {
        pool.close(true);
      }
    }
    return breakdown;
  }

  /** The service with each loader, and the JSON floor server, over HTTP, at 0 ms and delayed. */
  private void overHttp(BenchData data, DelayProxy proxy, PostgresDatabase far) throws Exception {
    HttpClient http = HttpTarget.client();
    for (Subject subject :
        List.of(Subject.BATCHED_HTTP, Subject.NAIVE_HTTP, Subject.JSON_FLOOR_HTTP)) {
      for (double delay : new double[] {0, options.delayMillis()}) {
        PostgresDatabase database = delay == 0 ? data.database() : far;
        LongSupplier trips = delay == 0 ? () -> -1 : proxy::roundTrips;
        int port = ChildJvm.freePort();
        System.out.printf(
            "%n%s over HTTP, %s ms per round trip:%n", subject.what(), Format.millis(delay));
        try (ChildJvm server = startServer(subject, database, port, data, delay)) {
          HttpTarget target = new HttpTarget(http, port, data);
          if (subject == Subject.BATCHED_HTTP && delay == 0) {
            checkFloorDocuments(target, data);
          }
          JmxProbe probe = new JmxProbe(server.mbeans());
          prewarm(target);
          for (Shape shape : Shape.values()) {
            measure(subject, target, shape, delay, probe, trips);
          }
          if (!server.alive()) {
            System.err.println("The server died; see " + server.log());
          }
        }
      }
    }
  }

  private ChildJvm startServer(
      Subject subject, PostgresDatabase database, int port, BenchData data, double delay)
      throws Exception {
    String name = subject.name().toLowerCase(java.util.Locale.ROOT) + "-" + delay + "ms";
    if (subject == Subject.JSON_FLOOR_HTTP) {
      return ChildJvm.start(
          name,
          List.of(
              "-Dsun.net.httpserver.nodelay=true",
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
    return ChildJvm.start(
        name,
        List.of(
            "-Ddw.persistence.loading=" + loading,
            "-Ddw.persistence.migrateOnStart=false",
            "-Ddw.demo.seedWhenEmpty=false",
            "-jar",
            options.serviceJar().toString(),
            "server",
            options.config().toString()),
        Map.of(
            "DATABASE_URL", database.url(),
            "DATABASE_USER", database.user(),
            "DATABASE_PASSWORD", database.password(),
            "PORT", String.valueOf(port),
            "ADMIN_PORT", String.valueOf(adminPort)),
        options.logs(),
        URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"));
  }

  /** The JSON floor must answer the very document the service answers, or it is no floor. */
  private void checkFloorDocuments(HttpTarget service, BenchData data) throws Exception {
    ObjectMapper json = new ObjectMapper();
    DataSource pool = Postgres.pool(data.database(), 1);
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

  /**
   * Serves every shape, round after round, before any cell is measured: the JIT then compiles the
   * paths all shapes share, and no cell pays for being the first.
   */
  private void prewarm(Target target) throws Exception {
    long end = System.nanoTime() + Duration.ofMillis(Math.round(4_000 * options.scale())).toNanos();
    do {
      for (Shape shape : new Shape[] {Shape.S, Shape.M, Shape.PAGE, Shape.L}) {
        target.serve(shape);
      }
    } while (System.nanoTime() < end);
  }

  private void measure(
      Subject subject, Target target, Shape shape, double delay, Probe probe, LongSupplier trips)
      throws Exception {
    try {
      Budget budget = Budget.of(shape, options.scale());
      if (delay > 0 && !subject.http()) {
        budget = budget.withoutLoad(); // throughput in this JVM is measured at 0 ms only
      }
      Result result = Runner.measure(subject, target, shape, delay, probe, trips, budget);
      results.add(result);
      System.out.printf(
          "  %-4s %-10s %-27s %6s stmts  median %8s ms  p99 %8s ms  (%4d)  %8s req/s  %10s/req%s%n",
          shape.label(),
          subject.what(),
          subject.how(),
          Format.count(result.statements()),
          Format.millis(result.latency().medianMillis()),
          Format.millis(result.latency().p99Millis()),
          result.latency().count(),
          Format.rate(result.throughput()),
          Format.bytes(result.allocatedPerRequest()),
          result.errors() > 0 ? "  " + result.errors() + " FAILED" : "");
    } catch (IllegalStateException e) {
      System.err.printf("  %s %s %s: %s%n", shape.label(), subject.what(), subject.how(), e);
      results.add(Report.failed(subject, shape, delay));
    }
  }
}
