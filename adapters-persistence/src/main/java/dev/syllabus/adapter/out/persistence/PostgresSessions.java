package dev.syllabus.adapter.out.persistence;

import java.time.Duration;

/**
 * The session settings a pool's connections start with, as the driver's {@code options} property:
 * every wait of a statement bounded, and for the pool that serves reads, every transaction a
 * read-only snapshot. Set once per connection, they cost no round trip per request.
 */
public final class PostgresSessions {

  private PostgresSessions() {}

  /** Settings for connections that read and write: bounded statements and lock waits. */
  public static String forWrites(Duration statementTimeout, Duration lockTimeout) {
    return "-c statement_timeout="
        + statementTimeout.toMillis()
        + " -c lock_timeout="
        + lockTimeout.toMillis();
  }

  /**
   * Settings for connections that only read: bounded as {@link #forWrites}, and each transaction
   * REPEATABLE READ and READ ONLY, so that all the statements of one read see one snapshot.
   */
  public static String forSnapshotReads(Duration statementTimeout, Duration lockTimeout) {
    return forWrites(statementTimeout, lockTimeout)
        + " -c default_transaction_isolation=repeatable\\ read"
        + " -c default_transaction_read_only=on";
  }
}
