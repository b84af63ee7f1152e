package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.ChildJvm;
import dev.syllabus.benchmarks.DocsSection;
import dev.syllabus.benchmarks.Machine;
import dev.syllabus.benchmarks.Postgres;
import dev.syllabus.benchmarks.load.LoadChecks.Check;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load test, in one run: creates its database and seeds it, starts the service on free loopback
 * ports, drives a mixed read and write load through it from many connections at once for a bounded
 * time, then checks on the database that nothing was lost, doubled or half-written, and that no
 * request failed with a 5xx. Prints its figures, writes them as a section of docs/benchmarks.md,
 * and exits non-zero if a check fails. Run from the repository root: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.syllabus.benchmarks.load.LoadTest [--short]}.
 */
public final class LoadTest {

  /**
   * How long the clients may take past the deadline to get their last answers: the HTTP timeout and
   * some.
   */
  private static final Duration GRACE = Duration.ofSeconds(45);

  private static final int REQUESTS_PER_CLIENT_PER_SECOND = 2_000;

  private final LoadOptions options;
  private final Postgres postgres = Postgres.fromEnvironment();

  LoadTest(LoadOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
    LoadReport report = new LoadTest(LoadOptions.parse(args)).run();
    System.exit(report.passed() ? 0 : 1);
  }

  LoadReport run() throws Exception {
    Instant started = Instant.now();
    options.requireFiles();
    Machine machine = Machine.describe(postgres);
    System.out.println(machine.text());
    System.out.println("Creating " + options.database() + " and seeding it...");
    try (LoadDatabase database =
        LoadDatabase.create(postgres, options.database(), options.keepDatabase())) {
      TreeSnapshot seed = database.snapshot();
      Path config = ServiceConfig.write(options.config(), options.work(), options.connections());
      int port = ChildJvm.freePort();
      int adminPort = ChildJvm.freePort();
      System.out.println("Starting the service on 127.0.0.1:" + port + "...");
      List<Check> checks = new ArrayList<>();
      LoadChecks.Run run;
      Duration driven;
      try (ChildJvm service = startService(database, config, port, adminPort)) {
        System.out.printf(
            "%d connections for %d s...%n", options.connections(), options.duration().toSeconds());
        Instant from = Instant.now();
        List<Client> clients = drive(port, new Catalog(seed), checks);
        driven = Duration.between(from, Instant.now());
        run = run(clients);
        checks.add(
            new Check(
                "the service was still running after the load",
                service.alive(),
                service.alive() ? "running" : "exited; see " + service.log()));
        TreeSnapshot after = database.snapshot();
        try (Connection connection = database.database().connect()) {
          checks.addAll(0, LoadChecks.all(connection, seed, after, run));
        }
      }
      LoadReport report =
          new LoadReport(options, machine.withLoadAtEnd(), started, driven, run, checks);
      String markdown = report.markdown();
      System.out.println();
      System.out.println(markdown);
      Path docs = options.docs().resolve("benchmarks.md");
      DocsSection.LOAD_TEST.write(docs, markdown);
      System.out.println("Wrote its section of " + docs + ".");
      return report;
    }
  }

  private ChildJvm startService(LoadDatabase database, Path config, int port, int adminPort)
      throws Exception {
    return ChildJvm.service(
        "load-service",
        List.of("-Ddw.persistence.migrateOnStart=false", "-Ddw.demo.seedWhenEmpty=false"),
        options.serviceJar(),
        config,
        database.database(),
        port,
        adminPort,
        options.work());
  }

  /**
   * Runs every client on a thread of its own until the deadline, and waits for their last answers;
   * a client still running after the grace period is stopped, and that is a failed check.
   */
  private List<Client> drive(int port, Catalog catalog, List<Check> checks) throws Exception {
    int connections = options.connections();
    long deadline = System.nanoTime() + options.duration().toNanos();
    int budget =
        (int)
            Math.min(
                Integer.MAX_VALUE, options.duration().toSeconds() * REQUESTS_PER_CLIENT_PER_SECOND);
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    List<Client> clients = new ArrayList<>();
    List<Future<Client>> running = new ArrayList<>();
    try {
      for (int i = 0; i < connections; i++) {
        Client client = new Client(i, port, catalog);
        clients.add(client);
        running.add(threads.submit(() -> client.run(deadline, budget)));
      }
      threads.shutdown();
      boolean stopped =
          threads.awaitTermination(
              options.duration().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      checks.add(
          new Check(
              "every client stopped by itself within " + GRACE.toSeconds() + " s of the deadline",
              stopped,
              stopped ? "all " + connections : "some did not: stopped them"));
      for (Future<Client> client : running) {
        if (stopped) {
          client.get(); // a client's own bug surfaces here
        }
      }
    } finally {
      threads.shutdownNow();
    }
    return clients;
  }

  private static LoadChecks.Run run(List<Client> clients) {
    Tally tally = new Tally();
    List<Change> changes = new ArrayList<>();
    for (Client client : clients) {
      tally.add(client.tally());
      changes.addAll(client.changes());
    }
    return new LoadChecks.Run(tally, changes, LoadChecks.byLearner(clients));
  }
}
