package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.syllabus.profiling.StatementCounter;
import dev.syllabus.profiling.StatementCounter.StatementRun;
import dev.syllabus.profiling.StatementCounter.StatementTally;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
          .extracting(StatementTally::daoMethod, StatementTally::runs, StatementTally::statements)
          .containsExactly(
              tuple(Optional.of("CourseTreeDao.coursesWithIds"), 1, 1),
              tuple(Optional.of("CourseTreeDao.lessonsOfModule"), 3, 3));
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
      assertThat(window.tallies().get(0).runs()).isEqualTo(2);
      assertThat(window.tallies().get(0).nanos()).isGreaterThanOrEqualTo(40_000_000L);
    }
  }

  @Test
  void a_text_of_several_statements_sent_once_is_one_run_of_each_of_them() {
    try (StatementCounter.Window window = counter.open()) {
      DB.jdbi()
          .useHandle(
              handle -> {
                handle.execute("select 1; select 2; select 3");
                handle.execute("select 4");
                handle.execute("select 4");
              });

      assertThat(window.statements()).isEqualTo(5);
      assertThat(window.tallies())
          .extracting(StatementTally::runs, StatementTally::statements)
          .containsExactly(tuple(1, 3), tuple(2, 2));
      // The guard's question: which text was sent most often, not which ran the most statements.
      assertThat(window.mostRepeated().orElseThrow().sql()).isEqualTo("select 4");
      assertThat(window.tallies().get(0).repeatedOver(2)).isFalse();
      assertThat(window.tallies().get(1).repeatedOver(1)).isTrue();
      assertThat(window.tallies().get(1).repeatedOver(2)).isFalse();
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
      assertThat(window.tallies().stream().mapToInt(StatementTally::statements).sum())
          .isEqualTo(50);
    }
  }

  @Test
  void a_window_keeps_its_statements_in_order_each_at_its_start_with_its_duration_and_rows() {
    DB.jdbi()
        .useHandle(
            handle -> {
              handle.execute("create table numbered (n int)");
              handle.execute("insert into numbered select generate_series(1, 5)");
            });
    long opened;
    long closed;
    try (StatementCounter.Window window = counter.open(10)) {
      opened = window.openedAt();
      DB.jdbi()
          .useHandle(
              handle -> {
                handle.execute("select pg_sleep(0.02)");
                handle.createUpdate("update numbered set n = n + 1 where n <= 3").execute();
                handle.createQuery("select n from numbered order by n").mapTo(Integer.class).list();
                handle
                    .prepareBatch("insert into numbered (n) values (:n)")
                    .bind("n", 1)
                    .add()
                    .bind("n", 2)
                    .add()
                    .execute();
              });
      closed = System.nanoTime();
      assertThatThrownBy(
          () -> DB.jdbi().useHandle(handle -> handle.execute("select * from no_such_table")));

      List<StatementRun> runs = window.runs();
      assertThat(runs)
          .extracting(StatementRun::sql, StatementRun::rows, StatementRun::failed)
          .containsExactly(
              tuple("select pg_sleep(0.02)", OptionalLong.empty(), false),
              tuple("update numbered set n = n + 1 where n <= 3", OptionalLong.of(3), false),
              tuple("select n from numbered order by n", OptionalLong.of(5), false),
              tuple("insert into numbered (n) values (:n)", OptionalLong.empty(), false),
              tuple("select * from no_such_table", OptionalLong.empty(), true));
      assertThat(runs.get(0).nanos()).isGreaterThanOrEqualTo(20_000_000L);
      assertThat(runs.stream().mapToLong(StatementRun::nanos).sum()).isEqualTo(window.nanos());
      assertThat(runs.get(0).startNanos()).isNotNegative();
      for (int i = 1; i < runs.size(); i++) {
        StatementRun before = runs.get(i - 1);
        assertThat(runs.get(i).startNanos())
            .as("statement %d starts after statement %d ended", i + 1, i)
            .isGreaterThanOrEqualTo(before.startNanos() + before.nanos());
      }
      assertThat(runs.get(3).startNanos() + runs.get(3).nanos())
          .isLessThanOrEqualTo(closed - opened);
    }
  }

  @Test
  void a_window_keeps_only_as_many_statements_one_by_one_as_it_was_opened_to_keep() {
    try (StatementCounter.Window keepingTwo = counter.open(2)) {
      DB.jdbi()
          .useHandle(
              handle -> {
                for (int i = 1; i <= 5; i++) {
                  handle.execute("select " + i);
                }
              });

      assertThat(keepingTwo.statements()).isEqualTo(5);
      assertThat(keepingTwo.runs())
          .extracting(StatementRun::sql)
          .containsExactly("select 1", "select 2");
    }
    try (StatementCounter.Window keepingNone = counter.open()) {
      DB.jdbi().useHandle(handle -> handle.execute("select 1"));

      assertThat(keepingNone.statements()).isEqualTo(1);
      assertThat(keepingNone.runs()).isEmpty();
    }
  }

  @Test
  void a_dao_statement_is_kept_with_its_dao_method() {
    try (StatementCounter.Window window = counter.open(5)) {
      DB.jdbi()
          .useHandle(handle -> handle.attach(CourseTreeDao.class).coursesWithIds(new long[] {1}));

      assertThat(window.runs())
          .extracting(StatementRun::daoMethod, StatementRun::rows)
          .containsExactly(tuple(Optional.of("CourseTreeDao.coursesWithIds"), OptionalLong.of(0)));
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
