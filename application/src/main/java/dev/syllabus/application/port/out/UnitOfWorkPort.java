package dev.syllabus.application.port.out;

import java.util.function.Supplier;

/**
 * Driven port: runs a use case's calls to other driven ports of the same store as one unit.
 *
 * <p>{@link #read} runs reads that must agree with each other, such as a tree and a learner's
 * completions in it: they all see the store as it was at one moment, whatever is committed
 * meanwhile, and may not write. {@link #write} runs reads and writes that happen whole or not at
 * all: a check and the change it allows cannot be separated by another change. Calls nest: a port
 * called inside joins the unit around it. A store failure ends the unit and is thrown as {@link
 * dev.syllabus.application.port.StoreUnavailableException} when the store cannot answer now.
 *
 * <p>A write that collides with a concurrent one (the store found a deadlock, or the change threw
 * {@link StartOver}) is undone and run again from the start, a few times at most; after that it
 * throws {@link dev.syllabus.application.port.ConcurrentChangeException}.
 */
public interface UnitOfWorkPort {

  /** How often a write runs at most before it gives up on colliding changes. */
  int ATTEMPTS = 5;

  /** The result of {@code reads}, all of which see one snapshot of the store. */
  <T> T read(Supplier<T> reads);

  /** The result of {@code change}, whose reads and writes are kept together or not at all. */
  <T> T write(Supplier<T> change);

  /** {@link #write} for a change without a result. */
  default void write(Runnable change) {
    write(
        () -> {
          change.run();
          return null;
        });
  }

  /**
   * Thrown by a change whose reads no longer hold once it locked what it changes (a node moved to
   * another course in between): the unit of work undoes it and runs it again.
   */
  final class StartOver extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartOver() {
      super("what the change read moved before it was locked", null, false, false);
    }
  }
}
