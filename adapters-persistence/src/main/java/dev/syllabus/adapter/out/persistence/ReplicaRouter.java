package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.StoreUnavailableException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.LoggerFactory;

/**
 * The data source of the reads when there are replicas: each read (a unit of work, or a port called
 * outside one) runs on one source, a replica in rotation taken in turn, else the primary.
 *
 * <p>It keeps a client's reads from going back behind what that client has seen. What the client
 * says it has seen ({@link #startRequest}) is a WAL position, which every write answers with, and a
 * course version, which every tree and every change of a course answers with. A read that must see
 * a position goes only to a replica that its last check found past it, else to the primary: no
 * statement more. A read of one course that must see a version runs its first statement, which
 * reads the course row, on the replica; if the row is older (or missing), the read runs again on
 * the primary, and so does the rest of the request: one statement more. A read that fails on a
 * replica runs again on the primary, and a replica that did not answer leaves the rotation: the
 * client sees no error.
 *
 * <p>The request's state is kept per thread: requests are served synchronously on one.
 */
public final class ReplicaRouter implements DataSource {

  /** The name of the primary among the data sources, on the profiler page and in the metrics. */
  public static final String PRIMARY = "primary";

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ReplicaRouter.class);

  private static final ReplicaRouter NONE = new ReplicaRouter(null, List.of());

  private final DataSource primary;
  private final List<Replica> replicas;
  private final AtomicInteger turn = new AtomicInteger();
  // Static: DatabaseFailures asks whether a failure is a replica's, which is not an outage.
  private static final ThreadLocal<Replica> reading = new ThreadLocal<>();
  private final ThreadLocal<Boolean> onPrimary = new ThreadLocal<>();
  private final ThreadLocal<Seen> seen = ThreadLocal.withInitial(Seen::nothing);

  /**
   * @param primary the pool of the primary's snapshot reads
   * @param replicas the replicas, each with a pool of snapshot reads
   */
  public ReplicaRouter(DataSource primary, List<Replica> replicas) {
    this.primary = primary;
    this.replicas = List.copyOf(replicas);
  }

  /** Without replicas: every read on the primary, and nothing recorded. */
  static ReplicaRouter none() {
    return NONE;
  }

  public List<Replica> replicas() {
    return replicas;
  }

  /** Checks every replica now, and puts it in or out of rotation by what it finds. */
  public void checkReplicas() {
    replicas.forEach(Replica::check);
  }

  /** What the client of the request this thread now serves has seen; nothing until told. */
  public void startRequest(Optional<WalPosition> position, OptionalLong courseVersion) {
    seen.set(new Seen(position.orElse(WalPosition.START), courseVersion.orElse(0)));
  }

  /** Ends the request: the WAL position its writes reached, if it wrote. */
  public Optional<WalPosition> endRequest() {
    Optional<WalPosition> written = Optional.ofNullable(seen.get().written);
    seen.remove();
    return written;
  }

  /** The data source this thread's statements on the reads' Jdbi now run on. */
  public String currentSource() {
    Replica replica = reading.get();
    return replica == null ? PRIMARY : replica.name();
  }

  /** Whether this thread is now reading from a replica. */
  static boolean readsReplica() {
    return reading.get() != null;
  }

  /** Whether writes should say where they ended, for clients to send back: only with replicas. */
  boolean tracksPositions() {
    return !replicas.isEmpty();
  }

  /** Records where a write of this request ended on the primary. */
  void wrote(WalPosition position) {
    Seen client = seen.get();
    client.written = position;
    client.position = position;
  }

  /** Runs a read on one source, chosen as the class says; reads inside it stay on that source. */
  <T> T read(Supplier<T> reads) {
    if (replicas.isEmpty() || reading.get() != null || onPrimary.get() != null) {
      return reads.get();
    }
    Seen client = seen.get();
    Optional<Replica> replica = client.stale ? Optional.empty() : next(client.position);
    if (replica.isPresent()) {
      reading.set(replica.get());
      try {
        return reads.get();
      } catch (ReplicaBehind behind) {
        client.stale = true;
      } catch (StoreUnavailableException e) {
        if (e.reason() == StoreUnavailableException.Reason.UNREACHABLE) {
          replica.get().failed(e.getCause() == null ? e : e.getCause());
        }
      } catch (JdbiException e) {
        // Such as a statement a hot standby cancelled in a conflict with its recovery (40001): the
        // primary has no such conflict. The replica stays in rotation.
        LOG.debug("A read on {} failed; it runs again on the primary", replica.get(), e);
      } finally {
        reading.remove();
      }
    }
    onPrimary.set(Boolean.TRUE);
    try {
      return reads.get();
    } finally {
      onPrimary.remove();
    }
  }

  /**
   * Called with a course's version as the first statement of a read of that course found it (or
   * nothing if it found no course): on a replica older than what the client has seen, the read must
   * run on the primary.
   */
  void requireSeen(OptionalLong version) {
    long seenVersion = seen.get().version;
    if (reading.get() != null
        && seenVersion > 0
        && (version.isEmpty() || version.getAsLong() < seenVersion)) {
      throw new ReplicaBehind();
    }
  }

  private Optional<Replica> next(WalPosition position) {
    int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
    for (int i = 0; i < replicas.size(); i++) {
      Replica candidate = replicas.get((start + i) % replicas.size());
      if (candidate.hasReplayed(position)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private DataSource current() {
    Replica replica = reading.get();
    return replica == null ? primary : replica.pool();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return current().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return current().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return primary.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    primary.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    primary.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return primary.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return primary.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return primary.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return primary.isWrapperFor(type);
  }

  /** What one request's client has seen, and what the request found and wrote so far. */
  private static final class Seen {
    private WalPosition position;
    private final long version;
    private WalPosition written;
    private boolean stale;

    private Seen(WalPosition position, long version) {
      this.position = position;
      this.version = version;
    }

    static Seen nothing() {
      return new Seen(WalPosition.START, 0);
    }
  }

  /** A replica's copy is older than what the client has seen: the read must run on the primary. */
  static final class ReplicaBehind extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReplicaBehind() {
      super("the replica is behind what the client has seen", null, false, false);
    }
  }
}
