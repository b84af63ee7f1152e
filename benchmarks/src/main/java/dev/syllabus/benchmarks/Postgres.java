package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.adapter.out.persistence.PostgresSessions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

/**
 * The PostgreSQL server the benchmark runs on, from libpq's variables PGHOST, PGPORT, PGUSER and
 * PGPASSWORD (default 127.0.0.1:5432, postgres, no password). It must be on loopback: the delay
 * proxy forwards there only.
 */
public record Postgres(String host, int port, String user, String password) {

  public static Postgres fromEnvironment() {
    return new Postgres(
        env("PGHOST", "127.0.0.1"),
        Integer.parseInt(env("PGPORT", "5432")),
        env("PGUSER", "postgres"),
        env("PGPASSWORD", ""));
  }

  InetSocketAddress address() {
    return new InetSocketAddress(host, port);
  }

  /** A database on this server, reached directly. */
  public PostgresDatabase database(String name) {
    return viaPort(name, port);
  }

  /** The same database reached through a proxy listening on a loopback port. */
  PostgresDatabase viaPort(String name, int localPort) {
    String where = localPort == port ? host : "127.0.0.1";
    return new PostgresDatabase(
        "jdbc:postgresql://" + where + ":" + localPort + "/" + name, user, password);
  }

  /**
   * A pool of {@code size} connections, all opened now: the Tomcat JDBC pool the service uses too
   * (through Dropwizard), set as the service sets it (no statement facade: statements and result
   * sets are the driver's own, so the floors read rows through plain JDBC) and with PostgreSQL's
   * JIT off, without checks on borrow, so a borrow costs no round trip.
   */
  public static DataSource pool(PostgresDatabase database, int size) {
    return pool(database, size, "-c jit=off");
  }

  /**
   * A pool for the service's reads: as {@link #pool}, and with the sessions of the service's pool
   * for reads, whose every transaction is a read-only REPEATABLE READ snapshot.
   */
  static DataSource readPool(PostgresDatabase database, int size) {
    return pool(
        database,
        size,
        "-c jit=off "
            + PostgresSessions.forSnapshotReads(Duration.ofMinutes(1), Duration.ofMinutes(1)));
  }

  /**
   * A pool for the JSON floor: as {@link #pool}, and with PostgreSQL's generic plan for every
   * prepared statement. Once the driver server-prepares the floor's statement, PostgreSQL tries
   * custom plans and may or may not settle on the generic one; with the benchmark's data the custom
   * plan takes about 23 ms at M and the generic one 7 to 10, so which one a connection had decided
   * the floor's figure. The floor gets its best plan on every connection.
   */
  static DataSource floorPool(PostgresDatabase database, int size) {
    return pool(database, size, "-c jit=off -c plan_cache_mode=force_generic_plan");
  }

  private static DataSource pool(PostgresDatabase database, int size, String serverOptions) {
    PoolProperties properties = new PoolProperties();
    properties.setUrl(database.url());
    properties.setDriverClassName("org.postgresql.Driver");
    properties.setUsername(database.user());
    properties.setPassword(database.password());
    properties.setInitialSize(size);
    properties.setMinIdle(size);
    properties.setMaxIdle(size);
    properties.setMaxActive(size);
    properties.setTestOnBorrow(false);
    properties.setJmxEnabled(false);
    properties.setUseStatementFacade(false);
    // The JSON floor's statement is costly enough, by the planner's estimate, for PostgreSQL to
    // JIT-compile it on every execution: about 10 ms at M and 30 ms at L, which a team serving
    // json_agg documents would turn off. The loaders' statements are far below that threshold.
    // Set as a property, not through setConnectionProperties: that one reads its text as a
    // properties file, whose escapes would eat the backslash of "repeatable\ read".
    Properties driver = new Properties();
    driver.setProperty("options", serverOptions);
    properties.setDbProperties(driver);
    properties.setDefaultAutoCommit(true);
    DataSource pool = new DataSource(properties);
    try {
      pool.createPool();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot open connections to " + database.url(), e);
    }
    return pool;
  }

  private static String env(String name, String byDefault) {
    return Objects.requireNonNullElse(System.getenv(name), byDefault);
  }
}
