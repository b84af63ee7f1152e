package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.ConcurrentChangeException;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Driven adapter: a unit of work is one transaction on one handle, which every Jdbi adapter called
 * inside joins (Jdbi hands nested calls on a thread the outermost handle). Reads run on a Jdbi
 * whose sessions make every transaction a read-only REPEATABLE READ snapshot ({@link
 * PostgresSessions#forSnapshotReads}): checked once here, so no request pays a round trip to set
 * it. Writes run on a Jdbi at READ COMMITTED, where the adapters lock what they change; a write
 * that deadlocked with another, or found what it read moved ({@link UnitOfWorkPort.StartOver}), is
 * rolled back and run again. Units of work do not nest: only the outermost one starts over.
 */
public final class JdbiUnitOfWork implements UnitOfWorkPort {

  private static final String DEADLOCK = "40P01";
  private static final String SERIALIZATION_FAILURE = "40001";

  private final Jdbi reads;
  private final Jdbi writes;
  private final DatabaseFailures readFailures;
  private final DatabaseFailures writeFailures;

  /**
   * @throws IllegalStateException if the sessions of {@code reads} do not start snapshot
   *     transactions
   */
  public JdbiUnitOfWork(Jdbi reads, Jdbi writes) {
    this.reads = Daos.prepare(reads);
    this.writes = Daos.prepare(writes);
    this.readFailures = DatabaseFailures.of(reads);
    this.writeFailures = DatabaseFailures.of(writes);
    requireSnapshotSessions(reads);
  }

  @Override
  public <T> T read(Supplier<T> reads) {
    return ReadRouting.of(this.reads)
        .read(() -> readFailures.guard(() -> this.reads.inTransaction(h -> reads.get())));
  }

  @Override
  public <T> T write(Supplier<T> change) {
    T result = writeFailures.guard(() -> attempt(change));
    ReplicaRouter routing = ReadRouting.of(reads);
    if (routing.tracksPositions()) {
      // After the commit, so that a replica past this position has the change: one statement.
      routing.wrote(writeFailures.guard(() -> writes.withHandle(JdbiUnitOfWork::walPosition)));
    }
    return result;
  }

  private static WalPosition walPosition(Handle handle) {
    return WalPosition.parse(
        handle.createQuery("select pg_current_wal_lsn()::text").mapTo(String.class).one());
  }

  /** Runs the change in a transaction of its own, starting over when it collided with another. */
  private <T> T attempt(Supplier<T> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return writes.inTransaction(h -> change.get());
      } catch (StartOver | JdbiException e) {
        if (!(e instanceof StartOver || isCollision(e))) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new ConcurrentChangeException(
              "The change collided with others " + ATTEMPTS + " times; try again", e);
        }
      }
    }
  }

  private static boolean isCollision(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (DEADLOCK.equals(sql.getSQLState())
              || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static void requireSnapshotSessions(Jdbi reads) {
    String settings =
        reads.withHandle(
            handle ->
                handle
                    .createQuery(
                        "select current_setting('default_transaction_isolation') || ' '"
                            + " || current_setting('default_transaction_read_only')")
                    .mapTo(String.class)
                    .one());
    if (!settings.equals("repeatable read on")) {
      throw new IllegalStateException(
          "The Jdbi for reads must start read-only REPEATABLE READ transactions"
              + " (PostgresSessions.forSnapshotReads), but its sessions start '"
              + settings
              + "'");
    }
  }
}
