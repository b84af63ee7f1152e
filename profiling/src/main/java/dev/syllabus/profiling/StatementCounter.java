package dev.syllabus.profiling;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Records the SQL statements Jdbi executes on a thread while a window is open there: how many, how
 * long they took, how often each SQL text was sent and how many statements it held, and, if asked,
 * the first ones one by one in the order they ran. The figures behind {@code X-Query-Count}, {@code
 * Server-Timing}, the repeated-statement guard, the profiler pages and the tests' statement
 * budgets. It wraps the {@link SqlLogger} already installed (Dropwizard's per-statement timers)
 * instead of replacing it. A batch counts as one statement, as it is one round trip of one
 * statement; a text of several statements sent together counts each of them, though it is one run
 * of one text: the repeated-statement guard counts runs, so that three levels sent together once
 * are not three repetitions.
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

  /**
   * Starts counting the statements this thread runs until the window is closed, tallied by SQL
   * text; none is kept one by one.
   */
  public Window open() {
    return open(0);
  }

  /**
   * Starts counting the statements this thread runs until the window is closed, and keeps the first
   * {@code statementsKept} of them one by one, in order, each with its start and duration.
   */
  public Window open(int statementsKept) {
    Window window = new Window(statementsKept);
    windows.set(window);
    return window;
  }

  /** One Jdbi's logger, wrapped: it still logs, and the counter records. */
  private final class Counting implements SqlLogger {
    private final SqlLogger delegate;
    private final Supplier<String> dataSource;
    private final MetricRegistry metrics;
    // One lookup per statement, not a name built and looked up in the registry.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private Counting(SqlLogger delegate, Supplier<String> dataSource, MetricRegistry metrics) {
      this.delegate = delegate;
      this.dataSource = dataSource;
      this.metrics = metrics;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
      delegate.logBeforeExecution(context);
      Window window = windows.get();
      if (window != null) {
        window.starting();
      }
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      delegate.logAfterExecution(context);
      record(context, false);
    }

    private void record(StatementContext context, boolean failed) {
      String source = dataSource.get();
      int statements = SqlText.statementsIn(context.getRawSql());
      if (metrics != null) {
        counters
            .computeIfAbsent(source, name -> metrics.counter(METRICS_PREFIX + name))
            .inc(statements);
      }
      Window window = windows.get();
      if (window != null) {
        window.add(context, source, failed, statements);
      }
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
      delegate.logException(context, ex);
      record(context, true); // a failed statement still made its round trip
    }
  }

  /**
   * The statements recorded on one thread since {@link #open()}. Only that thread changes it, and
   * only until it is closed; after that it may be read from any thread it is safely handed to.
   */
  public final class Window implements AutoCloseable {

    private final long openedAt = System.nanoTime();
    private final int statementsKept;
    private int statements;
    private long nanos;
    // Keyed by the raw SQL: the text the DAO method declares, the same on every call (the rendered
    // text may differ, e.g. by Dropwizard's /* Dao.method */ prefix or template attributes), and
    // the data source that ran it.
    private final Map<Source, Tally> bySql = new LinkedHashMap<>();
    // Only raw figures and shared references on the request thread; formatted when read.
    private final List<Run> runs;
    private long startOfCurrent;

    private Window(int statementsKept) {
      this.statementsKept = statementsKept;
      this.runs = new ArrayList<>(Math.min(statementsKept, 16));
    }

    /** When the window opened, in {@link System#nanoTime()}: the zero of its statements' starts. */
    public long openedAt() {
      return openedAt;
    }

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

    /**
     * The SQL text sent most often, the first of those if several were; empty if none ran. A text
     * of several statements is sent once for all of them.
     */
    public Optional<StatementTally> mostRepeated() {
      Source sql = null;
      Tally most = null;
      for (Map.Entry<Source, Tally> entry : bySql.entrySet()) {
        if (most == null || entry.getValue().runs > most.runs) {
          sql = entry.getKey();
          most = entry.getValue();
        }
      }
      return most == null ? Optional.empty() : Optional.of(most.toStatementTally(sql));
    }

    /**
     * The statements kept one by one, in the order they ran: at most as many as the window was
     * opened to keep; {@link #statements()} counts the others too.
     */
    public List<StatementRun> runs() {
      return runs.stream().map(Run::toStatementRun).toList();
    }

    @Override
    public void close() {
      if (windows.get() == this) {
        windows.remove();
      }
    }

    private void starting() {
      if (runs.size() < statementsKept) {
        startOfCurrent = System.nanoTime();
      }
    }

    private void add(StatementContext context, String dataSource, boolean failed, int count) {
      long elapsed = context.getElapsedTime(ChronoUnit.NANOS);
      statements += count;
      nanos += elapsed;
      if (runs.size() < statementsKept) {
        runs.add(Run.of(context, dataSource, startOfCurrent - openedAt, elapsed, failed, count));
      }
      Source source = new Source(context.getRawSql(), dataSource);
      Tally tally = bySql.get(source);
      if (tally == null) {
        if (bySql.size() == MAX_TALLIED_TEXTS) {
          return;
        }
        tally = new Tally(context.getExtensionMethod());
        bySql.put(source, tally);
      }
      tally.runs++;
      tally.statements += count;
      tally.nanos += elapsed;
    }
  }

  /**
   * One statement of a window: its SQL text, where it started after the window opened and how long
   * it took, in nanoseconds; the rows it changed, or the rows read from its result until it closed
   * (known for Jdbi's updates and queries, not for batches); whether it failed; the data source
   * that ran it; and how many statements its text holds, sent together (its rows are theirs).
   */
  public record StatementRun(
      String sql,
      Optional<String> daoMethod,
      long startNanos,
      long nanos,
      OptionalLong rows,
      boolean failed,
      String dataSource,
      int statements) {}

  /**
   * One SQL text's share of a window, per request or per action, on one data source: sent {@code
   * runs} times, which ran {@code statements} statements, as many as its runs unless the text holds
   * several.
   */
  public record StatementTally(
      String sql,
      Optional<String> daoMethod,
      int runs,
      int statements,
      long nanos,
      String dataSource) {

    /**
     * Whether the text was sent more often than the threshold allows, the N+1 guard's question: by
     * runs, so that statements sent together once are not read as repetitions.
     */
    public boolean repeatedOver(int threshold) {
      return runs > threshold;
    }
  }

  /** A SQL text on the data source that ran it. */
  private record Source(String sql, String dataSource) {}

  /**
   * One statement as its thread records it. A query's rows are known only once Jdbi has read its
   * result and closes it, so they are filled in then, on the same thread.
   */
  private static final class Run {

    private static final long UNKNOWN = -1;

    private final String sql;
    private final ExtensionMethod method;
    private final String dataSource;
    private final long startNanos;
    private final long nanos;
    private final boolean failed;
    private final int statements;
    private volatile long rows = UNKNOWN; // read by whoever shows the window, after it closed

    private Run(
        String sql,
        ExtensionMethod method,
        String dataSource,
        long startNanos,
        long nanos,
        boolean failed,
        int statements) {
      this.sql = sql;
      this.method = method;
      this.dataSource = dataSource;
      this.startNanos = startNanos;
      this.nanos = nanos;
      this.failed = failed;
      this.statements = statements;
    }

    static Run of(
        StatementContext context,
        String dataSource,
        long startNanos,
        long nanos,
        boolean failed,
        int statements) {
      Run run =
          new Run(
              context.getRawSql(),
              context.getExtensionMethod(),
              dataSource,
              startNanos,
              nanos,
              failed,
              statements);
      if (!failed) {
        run.countRows(context);
      }
      return run;
    }

    private void countRows(StatementContext context) {
      if (context.getJdbiStatementType() == Query.class) {
        context.addCleanable(() -> rows = context.getMappedRows());
      } else if (context.getJdbiStatementType() == Update.class) {
        try {
          int updated = context.getStatement().getUpdateCount();
          rows = updated >= 0 ? updated : UNKNOWN;
        } catch (SQLException e) {
          rows = UNKNOWN; // the count is for the page only: the statement itself went well
        }
      }
    }

    StatementRun toStatementRun() {
      long known = rows;
      return new StatementRun(
          sql,
          daoMethodOf(method),
          startNanos,
          nanos,
          known == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(known),
          failed,
          dataSource,
          statements);
    }
  }

  private static Optional<String> daoMethodOf(ExtensionMethod method) {
    return Optional.ofNullable(method)
        .map(m -> m.getType().getSimpleName() + "." + m.getMethod().getName());
  }

  /** The running figures of one SQL text; its name is only worked out when someone asks. */
  private static final class Tally {

    private final ExtensionMethod method;
    private int runs;
    private int statements;
    private long nanos;

    private Tally(ExtensionMethod method) {
      this.method = method;
    }

    private StatementTally toStatementTally(Source source) {
      return new StatementTally(
          source.sql(), daoMethodOf(method), runs, statements, nanos, source.dataSource());
    }
  }
}
