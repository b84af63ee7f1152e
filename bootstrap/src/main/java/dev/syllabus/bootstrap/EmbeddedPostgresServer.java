package dev.syllabus.bootstrap;

import com.sun.security.auth.module.UnixSystem;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import io.dropwizard.lifecycle.Managed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL a first run starts for itself when it has none (zonky's binaries, from the Maven
 * registry), listening on loopback, its data in a directory kept between runs, and stopped with the
 * service.
 *
 * <p>It never runs as another user when the service runs as root: that would take switching users
 * (runuser or su, which only root has), choosing an account and handing it the data directory, all
 * for a convenience meant for a developer's machine. A root service is told how to proceed instead.
 */
final class EmbeddedPostgresServer implements Managed {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  // The superuser zonky's initdb creates, trusted without a password on this machine.
  private static final String SUPERUSER = "postgres";
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  private final EmbeddedPostgres postgres;
  private final Path directory;
  private final Thread stopIfNeverServing;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
    this.postgres = postgres;
    this.directory = directory;
    // Dropwizard stops what it manages only once Jetty has started; a start that fails before
    // (a migration, say) would leave the server running without this.
    this.stopIfNeverServing = new Thread(this::stop, "embedded-postgres-stop");
    Runtime.getRuntime().addShutdownHook(stopIfNeverServing);
  }

  /**
   * Starts the embedded server if the settings want it for the configured URL, and points the
   * settings at it; or fails, saying how to proceed, where PostgreSQL would refuse to run.
   */
  static Optional<EmbeddedPostgresServer> startIfWanted(DatabaseSettings database) {
    return startIfWanted(database, EmbeddedPostgresServer::answers, runsAsRoot());
  }

  static Optional<EmbeddedPostgresServer> startIfWanted(
      DatabaseSettings database, Predicate<String> answers, boolean asRoot) {
    EmbeddedPostgresSettings settings = database.getEmbedded();
    String configured = database.getUrl();
    if (!settings.wanted(configured, answers)) {
      return Optional.empty();
    }
    String why = why(settings, configured);
    if (asRoot) {
      throw new UnsafeConfigurationException(refusalAsRoot(why, settings.dataPath()));
    }
    EmbeddedPostgresServer server = start(settings);
    int port = server.postgres.getPort();
    database.useServer(url(port, databaseName(configured)), SUPERUSER, "");
    LOG.info(
        "{}: started an embedded PostgreSQL {} in {} on port {}. Its data stays there between"
            + " runs; set DATABASE_URL to use a server of your own.",
        why,
        version(port),
        server.directory,
        port);
    return Optional.of(server);
  }

  /**
   * For a command ({@code generate}, {@code db}) where the service would use the embedded server:
   * the one a running service started in the data directory, else one of the command's own, stopped
   * when the command's JVM exits.
   */
  static void reachForCommand(DatabaseSettings database) {
    EmbeddedPostgresSettings settings = database.getEmbedded();
    String configured = database.getUrl();
    Optional<Integer> running =
        settings.wanted(configured, EmbeddedPostgresServer::answers)
            ? runningIn(settings.dataPath())
            : Optional.empty();
    if (running.isEmpty()) {
      startIfWanted(database);
      return;
    }
    database.useServer(url(running.get(), databaseName(configured)), SUPERUSER, "");
    LOG.info(
        "{}: using the embedded PostgreSQL running in {} on port {}",
        why(settings, configured),
        settings.dataPath(),
        running.get());
  }

  /** The port in the data directory's postmaster.pid (its fourth line), while it answers. */
  private static Optional<Integer> runningIn(Path directory) {
    try {
      int port =
          Integer.parseInt(Files.readAllLines(directory.resolve("postmaster.pid")).get(3).trim());
      return answers(url(port, SUPERUSER)) ? Optional.of(port) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String why(EmbeddedPostgresSettings settings, String configured) {
    return settings.getMode() == EmbeddedPostgresSettings.Mode.ALWAYS
        ? "database.embedded.mode is always"
        : "No PostgreSQL answers at " + configured + " and DATABASE_URL names no other server";
  }

  private static String databaseName(String url) {
    return new PostgresDatabase(url, SUPERUSER, "").name();
  }

  private static String refusalAsRoot(String why, Path directory) {
    return why
        + ", so the service would start an embedded PostgreSQL, but it runs as root, and"
        + " PostgreSQL refuses to (whoever took over the database would own the machine). Run"
        + " the service as an unprivileged user that may write "
        + directory
        + " (as root: runuser -u USER -- java -jar …), set DATABASE_URL, DATABASE_USER and"
        + " DATABASE_PASSWORD to a PostgreSQL server, or run without a database:"
        + " PERSISTENCE_ADAPTER=memory.";
  }

  private static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
    Path directory = settings.dataPath();
    Optional<Integer> running = runningIn(directory);
    if (running.isPresent()) {
      throw new UnsafeConfigurationException(
          "An embedded PostgreSQL already runs in "
              + directory
              + " on port "
              + running.get()
              + ": another Syllabus uses it, or one that was killed left it running (stop it with"
              + " kill $(head -1 "
              + directory.resolve("postmaster.pid")
              + ")). Set DATABASE_EMBEDDED_DIR to another directory, or DATABASE_URL to a"
              + " PostgreSQL server.");
    }
    try {
      Files.createDirectories(directory);
      return new EmbeddedPostgresServer(
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(settings.getPort())
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky's test defaults turn it off; these data are to outlive a crash.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("listen_addresses", "localhost")
              .start(),
          directory);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL in "
              + directory
              + " ("
              + e.getMessage()
              + "). Set DATABASE_EMBEDDED_DIR to another directory, or DATABASE_URL to a"
              + " PostgreSQL server.",
          e);
    }
  }

  private static String url(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  private static String version(int port) {
    try (Connection connection =
            new PostgresDatabase(url(port, SUPERUSER), SUPERUSER, "").connect();
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("show server_version")) {
      version.next();
      return version.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("The embedded PostgreSQL does not answer", e);
    }
  }

  /** Whether anything accepts a connection at the URL's host and port. */
  static boolean answers(String url) {
    URI server = URI.create(url.substring("jdbc:".length()));
    int port = server.getPort() == -1 ? 5432 : server.getPort();
    try {
      for (InetAddress address : InetAddress.getAllByName(server.getHost())) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(address, port), (int) PROBE_TIMEOUT.toMillis());
          return true;
        } catch (IOException e) {
          // nothing there: try the host's next address
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean runsAsRoot() {
    return !System.getProperty("os.name").startsWith("Windows") && new UnixSystem().getUid() == 0;
  }

  @Override
  public void start() {
    // Serving: from now on Dropwizard stops the server, after the pools that use it.
    Runtime.getRuntime().removeShutdownHook(stopIfNeverServing);
  }

  @Override
  public void stop() {
    try {
      postgres.close();
      LOG.info("Stopped the embedded PostgreSQL in {}", directory);
    } catch (IOException e) {
      LOG.error("Could not stop the embedded PostgreSQL in {}", directory, e);
    }
  }
}
