package dev.syllabus.adapter.out.persistence;

import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the SQL statements Jdbi executes on a thread while a counting window is open there: the
 * figure behind {@code X-Query-Count} and the statement budgets of the tests. It wraps the {@link
 * SqlLogger} already installed (Dropwizard's per-statement timers) instead of replacing it. A batch
 * counts as one statement, as it is one round trip.
 */
public final class StatementCounter implements SqlLogger {

  private final SqlLogger delegate;
  private final ThreadLocal<Window> windows = new ThreadLocal<>();

  private StatementCounter(SqlLogger delegate) {
    this.delegate = delegate;
  }

  /** Installs a counter on the Jdbi, around whatever logger it has, and returns it. */
  public static StatementCounter installOn(Jdbi jdbi) {
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    StatementCounter counter = new StatementCounter(statements.getSqlLogger());
    statements.setSqlLogger(counter);
    return counter;
  }

  /** Starts counting the statements this thread runs until the window is closed. */
  public Window open() {
    Window window = new Window();
    windows.set(window);
    return window;
  }

  @Override
  public void logBeforeExecution(StatementContext context) {
    delegate.logBeforeExecution(context);
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    delegate.logAfterExecution(context);
    count();
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    delegate.logException(context, ex);
    count(); // a failed statement still made its round trip
  }

  private void count() {
    Window window = windows.get();
    if (window != null) {
      window.statements++;
    }
  }

  /** The statements counted on one thread since {@link #open()}. */
  public final class Window implements AutoCloseable {

    private int statements;

    private Window() {}

    public int statements() {
      return statements;
    }

    @Override
    public void close() {
      if (windows.get() == this) {
        windows.remove();
      }
    }
  }
}
