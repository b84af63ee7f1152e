package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.UnitOfWorkPort;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: a unit of work is one transaction on one handle, which every Jdbi adapter called
 * inside joins (Jdbi hands nested calls on a thread the outermost handle). Reads run on a Jdbi
 * whose sessions make every transaction a read-only REPEATABLE READ snapshot ({@link
 * PostgresSessions#forSnapshotReads}): checked once here, so no request pays a round trip to set
 * it. Writes run on a Jdbi at READ COMMITTED, where the adapters lock what they change.
 */
public final class JdbiUnitOfWork implements UnitOfWorkPort {

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
    return readFailures.guard(() -> this.reads.inTransaction(h -> reads.get()));
  }

  @Override
  public <T> T write(Supplier<T> change) {
    return writeFailures.guard(() -> writes.inTransaction(h -> change.get()));
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
