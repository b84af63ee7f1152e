package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.StoreUnavailableException;
import dev.syllabus.application.port.StoreUnavailableException.Reason;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.config.JdbiConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a database that cannot answer now from a bug, for every adapter on a Jdbi: failures that
 * mean "not now" become {@link StoreUnavailableException}, everything else stays as it was. An
 * outage is logged once when it starts and once when the database answers again, not once per
 * request; waits that ran over their bounds at most once per {@value #BUSY_LOG_SECONDS} s.
 *
 * <p>It is kept in the Jdbi's configuration, so that every adapter on a Jdbi finds it without being
 * handed it, and {@link #shareWith} lets the pools of one database log one outage once.
 */
public final class DatabaseFailures implements JdbiConfig<DatabaseFailures> {

  static final int BUSY_LOG_SECONDS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

  private volatile Log log = new Log();

  public DatabaseFailures() {}

  /** The failures of the adapters on this Jdbi. */
  public static DatabaseFailures of(Jdbi jdbi) {
    return jdbi.getConfig(DatabaseFailures.class);
  }

  /** Makes the other Jdbi's adapters report to the same log: both reach one database. */
  public void shareWith(Jdbi other) {
    of(other).log = log;
  }

  // One instance per Jdbi, shared by its handles: it holds the state of the database, not settings.
  @Override
  public DatabaseFailures createCopy() {
    return this;
  }

  /** Runs a call to the database, translating the failures that mean "not now". */
  <T> T guard(Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (JdbiException e) {
      throw translate(e);
    }
    if (!ReplicaRouter.readsReplica()) {
      log.answered(); // a replica's answer says nothing of the database
    }
    return result;
  }

  /** The exception to throw for a failure: a {@link StoreUnavailableException}, or the failure. */
  RuntimeException translate(JdbiException failure) {
    Optional<Reason> reason = reasonFor(failure);
    if (reason.isEmpty()) {
      return failure;
    }
    String what = describe(failure);
    if (!ReplicaRouter.readsReplica()) {
      // A replica that fails is taken out of rotation, and says so: the database is still there.
      log.failed(reason.get(), what);
    }
    return new StoreUnavailableException(
        reason.get(),
        reason.get() == Reason.UNREACHABLE
            ? "The database is unreachable; try again shortly"
            : "The database did not answer in time; try again shortly",
        failure);
  }

  /**
   * Why a failure means "not now", if it does: SQLState class 08 (connection exceptions), 57P01–3
   * (shutting down, crashed, starting up) mean unreachable; a cancelled statement (57014: its
   * timeout), a lock not granted in time (55P03), insufficient resources (class 53), an unanswered
   * socket or a pool without a free connection mean busy.
   */
  static Optional<Reason> reasonFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return Optional.of(Reason.BUSY);
      }
      if (cause instanceof SQLException sql) {
        Optional<Reason> reason = reasonFor(sql);
        if (reason.isPresent()) {
          return reason;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Reason> reasonFor(SQLException sql) {
    String state = sql.getSQLState();
    if (state == null) {
      // The pool's own: no free connection within its wait. The driver always sets a state.
      return sql.getClass().getName().startsWith("org.apache.tomcat.jdbc.pool")
              || String.valueOf(sql.getMessage()).contains("Pool empty")
          ? Optional.of(Reason.BUSY)
          : Optional.empty();
    }
    if (state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03")) {
      // A socket that timed out also ends as 08006: it is the server's slowness, not its absence.
      return Optional.of(hasSocketTimeout(sql) ? Reason.BUSY : Reason.UNREACHABLE);
    }
    if (state.equals("57014") || state.equals("55P03") || state.startsWith("53")) {
      return Optional.of(Reason.BUSY);
    }
    return Optional.empty();
  }

  private static boolean hasSocketTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    SQLException sql = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException found) {
        sql = found;
        break;
      }
    }
    String message = String.valueOf(sql != null ? sql.getMessage() : deepest.getMessage());
    message = message.lines().findFirst().orElse(message); // PostgreSQL adds "Position: …" lines
    return (sql != null && sql.getSQLState() != null ? "[" + sql.getSQLState() + "] " : "")
        + message;
  }

  /** What has been said about the database, so that each change of its state is said once. */
  private static final class Log {
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile long unreachableSince;
    private final AtomicLong lastBusyLog = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong busySinceLog = new AtomicLong();

    void failed(Reason reason, String what) {
      if (reason == Reason.UNREACHABLE) {
        if (unreachable.compareAndSet(false, true)) {
          unreachableSince = System.nanoTime();
          LOG.error(
              "The database is unreachable ({}): requests that need it answer 503 until it is"
                  + " back",
              what);
        }
        return;
      }
      busySinceLog.incrementAndGet();
      long now = System.nanoTime();
      long last = lastBusyLog.get();
      if (now - last >= BUSY_LOG_SECONDS * 1_000_000_000L && lastBusyLog.compareAndSet(last, now)) {
        long count = busySinceLog.getAndSet(0);
        LOG.warn(
            "The database did not answer within its bounds {} time(s) since the last such line ({});"
                + " those requests answered 503",
            count,
            what);
      }
    }

    // On every answer: one volatile read unless the database was down. A WARN, as the end of an
    // incident whose start was an ERROR: whoever sees one should see the other.
    void answered() {
      if (unreachable.get() && unreachable.compareAndSet(true, false)) {
        LOG.warn(
            "The database answers again, after {} s unreachable",
            String.format(
                java.util.Locale.ROOT, "%.1f", (System.nanoTime() - unreachableSince) / 1e9));
      }
    }
  }
}
