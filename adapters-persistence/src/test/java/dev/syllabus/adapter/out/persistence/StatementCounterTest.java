package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.syllabus.profiling.StatementCounter;
import dev.syllabus.profiling.StatementCounter.StatementTally;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a window of the profiler's counter records of the statements its thread runs, and what it
 * leaves to others. It runs here, not in the profiling module, because it counts this adapter's own
 * DAOs on a real database, which only this module's test support creates.
 */
class StatementCounterTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.perClass();

  private static StatementCounter counter;

  @BeforeAll
  static void install() {
    counter = StatementCounter.installOn(Daos.prepare(DB.jdbi()));
  }

  @Test
  void a_window_tallies_statements_by_sql_text_in_the_order_each_first_ran() {
    try (StatementCounter.Window window = counter.open()) {
      DB.jdbi()
          .useHandle(
              handle -> {
                CourseTreeDao dao = handle.attach(CourseTreeDao.class);
                dao.coursesWithIds(new long[] {1});
                for (long module = 1; module <= 3; module++) {
                  dao.lessonsOfModule(module);
                }
              });

      assertThat(window.statements()).isEqualTo(4);
      assertThat(window.tallies())
          .extracting(StatementTally::daoMethod, StatementTally::count)
          .containsExactly(
              tuple(Optional.of("CourseTreeDao.coursesWithIds"), 1),
              tuple(Optional.of("CourseTreeDao.lessonsOfModule"), 3));
      assertThat(window.tallies().get(1).sql()).startsWith("select id, module_id, title, position");
      assertThat(window.mostRepeated().orElseThrow().daoMethod())
          .contains("CourseTreeDao.lessonsOfModule");
    }
  }

  @Test
  void a_window_knows_the_time_its_statements_spent_in_the_database() {
    try (StatementCounter.Window window = counter.open()) {
      DB.jdbi()
          .useHandle(
              handle -> {
                handle.execute("select pg_sleep(0.02)");
                handle.execute("select pg_sleep(0.02)");
                handle.execute("select 1");
              });

      assertThat(window.nanos()).isGreaterThanOrEqualTo(40_000_000L);
      assertThat(window.tallies().stream().mapToLong(StatementTally::nanos).sum())
          .isEqualTo(window.nanos());
      assertThat(window.tallies().get(0).count()).isEqualTo(2);
      assertThat(window.tallies().get(0).nanos()).isGreaterThanOrEqualTo(40_000_000L);
    }
  }

  @Test
  void a_batch_is_one_statement_and_a_statement_outside_a_dao_has_no_dao_method() {
    DB.jdbi().useHandle(handle -> handle.execute("create table if not exists scratch (n int)"));
    try (StatementCounter.Window window = counter.open()) {
      DB.jdbi()
          .useHandle(
              handle ->
                  handle
                      .prepareBatch("insert into scratch (n) values (:n)")
                      .bind("n", 1)
                      .add()
                      .bind("n", 2)
                      .add()
                      .bind("n", 3)
                      .add()
                      .execute());

      assertThat(window.statements()).isEqualTo(1);
      assertThat(window.tallies())
          .containsExactly(
              new StatementTally(
                  "insert into scratch (n) values (:n)",
                  Optional.empty(),
                  1,
                  window.tallies().get(0).nanos(),
                  StatementCounter.DEFAULT_DATA_SOURCE));
    }
  }

  @Test
  void a_failed_statement_still_counts_for_it_made_its_round_trip() {
    try (StatementCounter.Window window = counter.open()) {
      assertThatThrownBy(
              () -> DB.jdbi().useHandle(handle -> handle.execute("select * from no_such_table")))
          .hasMessageContaining("no_such_table");

      assertThat(window.statements()).isEqualTo(1);
      assertThat(window.mostRepeated().orElseThrow().sql())
          .isEqualTo("select * from no_such_table");
    }
  }

  @Test
  void statements_of_other_threads_and_after_the_window_closes_are_not_recorded() throws Exception {
    StatementCounter.Window window = counter.open();
    CompletableFuture.runAsync(() -> DB.jdbi().useHandle(handle -> handle.execute("select 1")))
        .get();
    window.close();
    DB.jdbi().useHandle(handle -> handle.execute("select 2"));

    assertThat(window.statements()).isZero();
    assertThat(window.mostRepeated()).isEmpty();
  }

  @Test
  void beyond_50_sql_texts_statements_still_count_but_are_not_tallied_one_by_one() {
    try (StatementCounter.Window window = counter.open()) {
      DB.jdbi()
          .useHandle(
              handle -> {
                for (int i = 1; i <= 60; i++) {
                  handle.execute("select " + i);
                }
                handle.execute("select 60");
              });

      assertThat(window.statements()).isEqualTo(61);
      assertThat(window.tallies()).hasSize(50);
      assertThat(window.tallies().get(49).sql()).isEqualTo("select 50");
      assertThat(window.tallies().stream().mapToInt(StatementTally::count).sum()).isEqualTo(50);
    }
  }

  @Test
  void the_logger_it_wraps_still_sees_every_statement() {
    Jdbi jdbi =
        Jdbi.create(DB.database().url(), DB.database().user(), DB.database().password())
            .installPlugin(new SqlObjectPlugin());
    List<String> seenByTheWrappedLogger = new ArrayList<>();
    jdbi.setSqlLogger(
        new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            seenByTheWrappedLogger.add(context.getRawSql());
          }

          @Override
          public void logException(StatementContext context, SQLException ex) {
            seenByTheWrappedLogger.add("failed: " + context.getRawSql());
          }
        });
    StatementCounter wrapping = StatementCounter.installOn(jdbi);

    try (StatementCounter.Window window = wrapping.open();
        Handle handle = jdbi.open()) {
      handle.execute("select 1");
      assertThatThrownBy(() -> handle.execute("select * from no_such_table"));

      assertThat(window.statements()).isEqualTo(2);
    }
    assertThat(seenByTheWrappedLogger)
        .containsExactly("select 1", "failed: select * from no_such_table");
  }
}
