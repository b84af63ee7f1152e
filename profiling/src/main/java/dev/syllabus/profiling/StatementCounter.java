package dev.syllabus.profiling;

import com.codahale.metrics.MetricRegistry;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Records the SQL statements Jdbi executes on a thread while a window is open there: how many, how
 * long they took, and how often each SQL text ran. The figures behind {@code X-Query-Count}, {@code
 * Server-Timing}, the repeated-statement guard, the profiler page and the tests' statement budgets.
 * It wraps the {@link SqlLogger} already installed (Dropwizard's per-statement timers) instead of
 * replacing it. A batch counts as one statement, as it is one round trip.
 */
public final class StatementCounter {

  /**
   * Distinct SQL texts a window tallies one by one; statements of further texts still count in its
   * totals. Bounds a window's memory whatever a request runs.
   */
  public static final int MAX_TALLIED_TEXTS = 50;

  /** The data source of statements on a Jdbi installed without one. */
  public static final String DEFAULT_DATA_SOURCE = "database";

  /** The metrics counting statements per data source: this, then the data source's name. */
  public static final String METRICS_PREFIX = "syllabus.statements.";

  private final ThreadLocal<Window> windows = new ThreadLocal<>();

  private StatementCounter() {}

  /**
   * Installs one counter on the Jdbis, around whatever logger each has, and returns it: a window
   * counts the statements its thread runs on any of them.
   */
  public static StatementCounter installOn(Jdbi jdbi, Jdbi... more) {
    StatementCounter counter = new StatementCounter();
    counter.countOn(jdbi, () -> DEFAULT_DATA_SOURCE, null);
    for (Jdbi other : more) {
      counter.countOn(other, () -> DEFAULT_DATA_SOURCE, null);
    }
    return counter;
  }

  /** A counter on no Jdbi yet: {@link #countOn} installs it on each. */
  public static StatementCounter create() {
    return new StatementCounter();
  }

  /**
   * Counts the statements run on the Jdbi too, each attributed to the data source {@code
   * dataSource} names as it runs, and, if {@code metrics} is not null, counted there under {@code
   * syllabus.statements.<data source>} whether or not a window is open.
   */
  public StatementCounter countOn(Jdbi jdbi, Supplier<String> dataSource, MetricRegistry metrics) {
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    statements.setSqlLogger(new Counting(statements.getSqlLogger(), dataSource, metrics));
    return this;
  }

  /** A counter on no database: windows open and close, and count nothing. */
  public static StatementCounter onNoDatabase() {
    return new StatementCounter();
  }

  /** Starts recording the statements this thread runs until the window is closed. */
  public Window open() {
    Window window = new Window();
    windows.set(window);
    return window;
  }

  /** One Jdbi's logger, wrapped: it still logs, and the counter records. */
  private final class Counting implements SqlLogger {
    private final SqlLogger delegate;
    private final Supplier<String> dataSource;
    private final MetricRegistry metrics;

    private Counting(SqlLogger delegate, Supplier<String> dataSource, MetricRegistry metrics) {
      this.delegate = delegate;
      this.dataSource = dataSource;
      this.metrics = metrics;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
      delegate.logBeforeExecution(context);
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      delegate.logAfterExecution(context);
      record(context, dataSource.get(), metrics);
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
      delegate.logException(context, ex);
      record(context, dataSource.get(), metrics); // a failed statement still made its round trip
    }
  }

  private void record(StatementContext context, String dataSource, MetricRegistry metrics) {
    if (metrics != null) {
      metrics.counter(METRICS_PREFIX + dataSource).inc();
    }
    Window window = windows.get();
    if (window != null) {
      window.add(context, dataSource);
    }
  }

  /**
   * The statements recorded on one thread since {@link #open()}. Only that thread changes it, and
   * only until it is closed; after that it may be read from any thread it is safely handed to.
   */
  public final class Window implements AutoCloseable {

    private int statements;
    private long nanos;
    // Keyed by the raw SQL: the text the DAO method declares, the same on every call (the rendered
    // text may differ, e.g. by Dropwizard's /* Dao.method */ prefix or template attributes), and
    // the data source that ran it.
    private final Map<Source, Tally> bySql = new LinkedHashMap<>();

    private Window() {}

    /** How many statements ran. */
    public int statements() {
      return statements;
    }

    /**
     * Their time in the database, from Jdbi's execution to completion moments, in nanoseconds. A
     * statement read in batches completes with its first batch; the later ones are fetched while
     * its rows are used, and are not counted here.
     */
    public long nanos() {
      return nanos;
    }

    /**
     * The statements by SQL text, in the order each text first ran; at most {@value
     * #MAX_TALLIED_TEXTS}.
     */
    public List<StatementTally> tallies() {
      List<StatementTally> tallies = new ArrayList<>(bySql.size());
      bySql.forEach((source, tally) -> tallies.add(tally.toStatementTally(source)));
      return tallies;
    }

    /** The SQL text that ran most often, the first of those if several did; empty if none ran. */
    public Optional<StatementTally> mostRepeated() {
      Source sql = null;
      Tally most = null;
      for (Map.Entry<Source, Tally> entry : bySql.entrySet()) {
        if (most == null || entry.getValue().count > most.count) {
          sql = entry.getKey();
          most = entry.getValue();
        }
      }
      return most == null ? Optional.empty() : Optional.of(most.toStatementTally(sql));
    }

    @Override
    public void close() {
      if (windows.get() == this) {
        windows.remove();
      }
    }

    private void add(StatementContext context, String dataSource) {
      long elapsed = context.getElapsedTime(ChronoUnit.NANOS);
      statements++;
      nanos += elapsed;
      Source source = new Source(context.getRawSql(), dataSource);
      Tally tally = bySql.get(source);
      if (tally == null) {
        if (bySql.size() == MAX_TALLIED_TEXTS) {
          return;
        }
        tally = new Tally(context.getExtensionMethod());
        bySql.put(source, tally);
      }
      tally.count++;
      tally.nanos += elapsed;
    }
  }

  /** One SQL text's share of a window, per request or per action, on one data source. */
  public record StatementTally(
      String sql, Optional<String> daoMethod, int count, long nanos, String dataSource) {}

  /** A SQL text on the data source that ran it. */
  private record Source(String sql, String dataSource) {}

  /** The running figures of one SQL text; its name is only worked out when someone asks. */
  private static final class Tally {

    private final ExtensionMethod method;
    private int count;
    private long nanos;

    private Tally(ExtensionMethod method) {
      this.method = method;
    }

    private StatementTally toStatementTally(Source source) {
      Optional<String> daoMethod =
          Optional.ofNullable(method)
              .map(m -> m.getType().getSimpleName() + "." + m.getMethod().getName());
      return new StatementTally(source.sql(), daoMethod, count, nanos, source.dataSource());
    }
  }
}
