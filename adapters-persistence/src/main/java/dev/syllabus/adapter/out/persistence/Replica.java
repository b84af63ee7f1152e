package dev.syllabus.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streaming replica the reads may use, and what its last check found: in rotation while it
 * answers and lags no more than its bound, out of it otherwise.
 *
 * <p>Its lag is zero when it has replayed all it has received from the primary, so an idle primary
 * (or one that is down) does not make it look late. Otherwise it is the shorter of the time since
 * the last transaction it replayed was committed and the time since a check last found it caught
 * up: the first alone would call a replica hours late for the first write after an idle hour, the
 * second alone one that never quite catches up under a steady stream of writes.
 */
public final class Replica {

  /** Where a replica stands in the rotation of reads. */
  public enum State {
    /** Answers, and lags no more than its bound: reads may go to it. */
    IN_ROTATION,
    /** Answers, but lags more than its bound (or is not in recovery): reads go elsewhere. */
    LAGGING,
    /** Does not answer (or has not been checked yet): reads go elsewhere. */
    DOWN
  }

  /** What a check found. The lag is absent when the replica did not answer. */
  public record Status(State state, Optional<Duration> lag, WalPosition replayed, String message) {}

  private static final String CHECK =
      """
      /* replica check */ select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,
        coalesce(pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn(), false),
        coalesce(floor(extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000), 0)""";

  private static final Logger LOG = LoggerFactory.getLogger(Replica.class);

  private final String name;
  private final DataSource pool;
  private final Duration maxLag;
  private volatile Status status;
  private volatile long caughtUpAt = Long.MIN_VALUE;

  public Replica(String name, DataSource pool, Duration maxLag) {
    this.name = Objects.requireNonNull(name, "name");
    this.pool = Objects.requireNonNull(pool, "pool");
    this.maxLag = Objects.requireNonNull(maxLag, "maxLag");
    this.status = new Status(State.DOWN, Optional.empty(), WalPosition.START, "not checked yet");
  }

  public String name() {
    return name;
  }

  public Status status() {
    return status;
  }

  DataSource pool() {
    return pool;
  }

  boolean inRotation() {
    return status.state() == State.IN_ROTATION;
  }

  /** Whether reads that must see {@code position} may come from this replica. */
  boolean hasReplayed(WalPosition position) {
    return inRotation() && status.replayed().isAtLeast(position);
  }

  /**
   * Asks the replica where it stands, on a connection of its own pool and outside any request: the
   * statement is not one of a request's.
   */
  public Status check() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(CHECK)) {
      row.next();
      boolean inRecovery = row.getBoolean(1);
      String replayed = row.getString(2);
      Duration lag = lag(row.getBoolean(3), Duration.ofMillis(row.getLong(4)));
      if (!inRecovery || replayed == null) {
        return set(
            new Status(
                State.LAGGING,
                Optional.of(lag),
                WalPosition.START,
                "not a streaming replica (not in recovery): out of rotation"));
      }
      WalPosition position = WalPosition.parse(replayed);
      return set(
          lag.compareTo(maxLag) > 0
              ? new Status(
                  State.LAGGING,
                  Optional.of(lag),
                  position,
                  "lags "
                      + lag.toMillis()
                      + " ms, more than "
                      + maxLag.toMillis()
                      + " ms:"
                      + " out of rotation")
              : new Status(
                  State.IN_ROTATION,
                  Optional.of(lag),
                  position,
                  "in rotation, lags " + lag.toMillis() + " ms"));
    } catch (SQLException | RuntimeException e) {
      return failed(e);
    }
  }

  private Duration lag(boolean caughtUp, Duration sinceLastReplayedCommit) {
    long now = System.nanoTime();
    if (caughtUp) {
      caughtUpAt = now;
      return Duration.ZERO;
    }
    if (caughtUpAt == Long.MIN_VALUE) {
      return sinceLastReplayedCommit;
    }
    Duration sinceCaughtUp = Duration.ofNanos(now - caughtUpAt);
    return sinceCaughtUp.compareTo(sinceLastReplayedCommit) < 0
        ? sinceCaughtUp
        : sinceLastReplayedCommit;
  }

  /** Takes the replica out of rotation until a check finds it answering again. */
  Status failed(Throwable failure) {
    return set(
        new Status(
            State.DOWN,
            Optional.empty(),
            status.replayed(),
            "does not answer ("
                + String.valueOf(failure.getMessage()).lines().findFirst().orElse("")
                + "): out of rotation"));
  }

  // Said when the state changes, not at every check: a WARN when it leaves the rotation.
  private Status set(Status next) {
    State before = status.state();
    status = next;
    if (next.state() != before && next.state() == State.IN_ROTATION) {
      LOG.info("Replica {}: {}", name, next.message());
    } else if (next.state() != before) {
      LOG.warn("Replica {}: {}", name, next.message());
    }
    return next;
  }

  @Override
  public String toString() {
    return name;
  }
}
