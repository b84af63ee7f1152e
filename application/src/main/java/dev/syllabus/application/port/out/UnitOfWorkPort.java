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
 */
public interface UnitOfWorkPort {

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
}
