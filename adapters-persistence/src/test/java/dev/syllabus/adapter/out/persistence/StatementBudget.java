package dev.syllabus.adapter.out.persistence;

import dev.syllabus.profiling.StatementCounter;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** Counts the statements an action runs on a Jdbi, so a test can state the budget it keeps. */
final class StatementBudget {

  private final StatementCounter counter;

  StatementBudget(Jdbi jdbi, Jdbi... more) {
    this.counter = StatementCounter.installOn(jdbi, more);
  }

  /** What the action returned, and how many statements it ran on this thread. */
  <T> Counted<T> run(Supplier<T> action) {
    try (StatementCounter.Window window = counter.open()) {
      T result = action.get();
      return new Counted<>(result, window.statements());
    }
  }

  record Counted<T>(T result, int statements) {}
}
