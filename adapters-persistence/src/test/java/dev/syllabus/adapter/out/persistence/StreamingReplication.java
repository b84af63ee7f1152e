package dev.syllabus.adapter.out.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL primary of its own and a streaming replica of it, on free ports of this machine, for
 * one test class: the primary made with {@code initdb} (small, and a test may stop it without
 * touching the shared server), the replica with {@code pg_basebackup -R}; both stopped and deleted
 * after the class, or when the JVM exits. PostgreSQL refuses to run as root, so as root its
 * programs run as the {@code postgres} user. Register it as a static {@code @RegisterExtension}
 * field before whatever uses it.
 */
public final class StreamingReplication implements BeforeAllCallback, AfterAllCallback {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final String database;
  private final int primaryPort = freePort();
  private final int replicaPort = freePort();
  private Path directory;
  private Path bin;
  private Thread cleanUp;

  /** A primary with only PostgreSQL's own databases, and its replica. */
  public StreamingReplication() {
    this(null);
  }

  /**
   * A primary with this database too, created before the class's tests, and its replica once it has
   * it: for a service that checks its replicas rarely, whose first check must find it.
   */
  public StreamingReplication(String database) {
    this.database = database;
  }

  /** The database of this name on the primary (the service creates it there). */
  public String primaryUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database;
  }

  /** The same database on the replica. */
  public String replicaUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + database;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Assumptions.assumeFalse(
        "memory".equals(System.getProperty("syllabus.test.adapter")),
        "Replication is PostgreSQL's: not in the in-memory run of the API suite");
    bin = postgresBinaries();
    directory = Files.createTempDirectory("syllabus-replication-");
    cleanUp = new Thread(this::destroy, "stop test replication");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    run("chown", "-R", "postgres", directory.toString());
    Path primary = directory.resolve("primary");
    Path replica = directory.resolve("replica");
    postgres("initdb", "-D", primary.toString(), "-A", "trust", "-U", "postgres", "--no-sync");
    start(primary, primaryPort);
    postgres(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(primaryPort),
        "-U",
        "postgres",
        "-D",
        replica.toString(),
        "-R",
        "-X",
        "stream");
    start(replica, replicaPort);
    if (database != null) {
      new PostgresDatabase(primaryUrl(database), "postgres", "").createIfMissing();
      awaitReplayed();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    destroy();
    if (cleanUp != null) {
      Runtime.getRuntime().removeShutdownHook(cleanUp);
    }
  }

  /** Stops the primary at once, as a crash would. */
  public void stopPrimary() {
    stop(directory.resolve("primary"));
  }

  /** Stops the replica at once, as a crash would. */
  public void stopReplica() {
    stop(directory.resolve("replica"));
  }

  /** Starts the stopped replica again; it catches up with the primary by itself. */
  public void startReplica() {
    start(directory.resolve("replica"), replicaPort);
  }

  /** The replica keeps receiving the primary's changes but applies none until resumed. */
  public void pauseReplay() {
    onReplica("select pg_wal_replay_pause()");
  }

  public void resumeReplay() {
    onReplica("select pg_wal_replay_resume()");
  }

  /** Waits until the replica has applied everything the primary had written when asked. */
  public void awaitReplayed() {
    String target = query(primaryPort, "select pg_current_wal_lsn()::text");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!query(replicaPort, "select (pg_last_wal_replay_lsn() >= '" + target + "')::text")
        .equals("true")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The replica did not replay up to " + target);
      }
      sleep(20);
    }
  }

  private void onReplica(String sql) {
    query(replicaPort, sql);
  }

  private static String query(int port, String sql) {
    try (Connection connection =
            new PostgresDatabase(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")
                .connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return String.valueOf(row.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on port " + port + ": " + e.getMessage(), e);
    }
  }

  private void start(Path data, int port) {
    postgres(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        data + ".log",
        "-w",
        "-o",
        // A restarted replica retries its primary every 100 ms, not every 5 s.
        "-p "
            + port
            + " -k "
            + directory
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c wal_retrieve_retry_interval=100ms",
        "start");
  }

  private void stop(Path data) {
    postgres("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
  }

  private synchronized void destroy() {
    if (directory == null) {
      return;
    }
    for (String server : List.of("replica", "primary")) {
      Path data = directory.resolve(server);
      if (Files.exists(data.resolve("postmaster.pid"))) {
        try {
          stop(data);
        } catch (RuntimeException e) {
          // Already stopped, or stopping fails: the directory goes anyway.
        }
      }
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    directory = null;
  }

  private void postgres(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    run(command.toArray(String[]::new));
  }

  private static void run(String... command) {
    if (command[0].equals("chown") && !isRoot()) {
      return;
    }
    try {
      Path output = Files.createTempFile("syllabus-replication-", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + WAIT);
      }
      String said = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + process.exitValue() + "): " + said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * PostgreSQL's server programs: {@code SYLLABUS_TEST_POSTGRES_BIN}, else the newest Debian
   * installation; the test is skipped, saying why, where there is none.
   */
  private static Path postgresBinaries() throws IOException {
    String configured = System.getenv("SYLLABUS_TEST_POSTGRES_BIN");
    if (configured != null) {
      return Path.of(configured);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    Optional<Path> newest = Optional.empty();
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        newest =
            versions
                .map(version -> version.resolve("bin"))
                .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                .max(
                    Comparator.comparingInt(
                        candidate ->
                            Integer.parseInt(candidate.getParent().getFileName().toString())));
      }
    }
    Assumptions.assumeTrue(
        newest.isPresent(),
        "No PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) under /usr/lib/postgresql:"
            + " install postgresql (.ci/run does) or set SYLLABUS_TEST_POSTGRES_BIN");
    return newest.get();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
