package dev.syllabus.profiling;

import dev.syllabus.profiling.StatementCounter.StatementTally;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The N+1 guard: a request that sends the same SQL text more times than the threshold allows is
 * logged as a warning, with its endpoint, the statement and how often it ran (a text of several
 * statements sent together is one run: it is one round trip, not a repetition); in strict mode
 * (development and the tests) the request fails as well, so that such a regression fails the build.
 */
final class RepeatedStatementGuard {

  private static final Logger LOG = LoggerFactory.getLogger(RepeatedStatementGuard.class);

  private final int threshold;
  private final boolean strict;

  RepeatedStatementGuard(int threshold, boolean strict) {
    this.threshold = threshold;
    this.strict = strict;
  }

  /**
   * Warns if the request repeated a statement too often; in strict mode, also returns what the
   * failed response says. It names the DAO method, never the SQL, which only the log shows.
   */
  Optional<String> check(Endpoint endpoint, StatementCounter.Window statements) {
    Optional<StatementTally> repeated =
        statements.mostRepeated().filter(tally -> tally.repeatedOver(threshold));
    if (repeated.isEmpty()) {
      return Optional.empty();
    }
    StatementTally tally = repeated.get();
    String statement = tally.daoMethod().orElse("a statement outside any DAO");
    LOG.warn(
        "N+1 query? {} ran {} {} times, more than the {} allowed in one request"
            + " (profiling.repeatedStatementThreshold). SQL: {}",
        endpoint,
        statement,
        tally.runs(),
        threshold,
        tally.sql().replaceAll("\\s+", " "));
    if (!strict) {
      return Optional.empty();
    }
    return Optional.of(
        endpoint
            + " ran "
            + statement
            + " "
            + tally.runs()
            + " times, more than the "
            + threshold
            + " allowed in one request: an N+1 query (profiling.strict is on; the SQL is in the log)");
  }
}
