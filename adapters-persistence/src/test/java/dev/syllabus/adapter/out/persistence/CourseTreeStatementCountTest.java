package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.StatementBudget.Counted;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.ImportCourseTreeService;
import dev.syllabus.application.service.MovableClock;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.progress.LearnerId;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/** The exact number of statements each loader runs, for the shapes the issue names. */
class CourseTreeStatementCountTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.perClass();

  private static final LearnerId LEARNER = new LearnerId(42);
  private static CourseId small; // 5 modules × 8 lessons × 6 exercises
  private static CourseId medium; // 10 modules × 50 lessons × 10 exercises: 5,000 exercises
  private static List<CourseId> pageOfFifty; // 50 courses of the small shape

  private static StatementBudget budget;

  @BeforeAll
  static void courses_of_every_shape() {
    JdbiCourseTreeWriter writer = new JdbiCourseTreeWriter(DB.jdbi());
    small = writer.createCourseTrees(List.of(new CourseShape(5, 8, 6).draft("Small", true))).get(0);
    medium =
        writer.createCourseTrees(List.of(new CourseShape(10, 50, 10).draft("Medium", true))).get(0);
    List<CourseDraft> fifty =
        Collections.nCopies(50, new CourseShape(5, 8, 6).draft("Paged", false));
    pageOfFifty = writer.createCourseTrees(fifty);
    budget = new StatementBudget(DB.jdbi(), DB.snapshotJdbi());
  }

  private static Counted<Course> load(
      dev.syllabus.application.port.out.LoadCourseTreesPort loader, CourseId id) {
    return budget.run(() -> loader.loadCourseTrees(List.of(id)).get(0));
  }

  private static int lessonsOf(Course course) {
    return course.modules().stream().mapToInt(module -> module.lessons().size()).sum();
  }

  @Test
  void loading_a_5x8x6_course_runs_4_statements() {
    Counted<Course> loaded = load(new JdbiCourseTreeLoader(DB.jdbi()), small);

    assertThat(loaded.statements()).isEqualTo(4);
    assertThat(loaded.result().exerciseIds()).hasSize(240);
  }

  @Test
  void loading_a_5000_exercise_course_runs_4_statements() {
    Counted<Course> loaded = load(new JdbiCourseTreeLoader(DB.jdbi()), medium);

    assertThat(loaded.statements()).isEqualTo(4);
    assertThat(loaded.result().modules()).hasSize(10);
    assertThat(lessonsOf(loaded.result())).isEqualTo(500);
    assertThat(loaded.result().exerciseIds()).hasSize(5_000);
  }

  @Test
  void loading_a_page_of_50_courses_runs_4_statements() {
    Counted<CourseTreeSlice> page =
        budget.run(
            () ->
                new JdbiCourseTreeLoader(DB.jdbi())
                    .loadCourseTrees(
                        new CourseTreeFilter(Optional.of(false), Optional.empty(), 50)));

    assertThat(page.statements()).isEqualTo(4);
    assertThat(page.result().courses())
        .extracting(Course::id)
        .containsExactlyElementsOf(pageOfFifty);
    assertThat(page.result().courses()).allSatisfy(c -> assertThat(c.exerciseIds()).hasSize(240));
  }

  @Test
  void loading_50_courses_by_id_runs_4_statements() {
    Counted<List<Course>> loaded =
        budget.run(() -> new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(pageOfFifty));

    assertThat(loaded.statements()).isEqualTo(4);
    assertThat(loaded.result()).hasSize(50);
  }

  @Test
  void the_naive_loader_runs_2_plus_one_per_module_plus_one_per_lesson() {
    NaiveJdbiCourseTreeLoader naive = new NaiveJdbiCourseTreeLoader(DB.jdbi());

    assertThat(load(naive, small).statements()).isEqualTo(2 + 5 + 40);
    assertThat(load(naive, medium).statements()).isEqualTo(2 + 10 + 500);
  }

  @Test
  void both_loaders_build_the_same_tree() {
    assertThat(load(new NaiveJdbiCourseTreeLoader(DB.jdbi()), medium).result())
        .isEqualTo(load(new JdbiCourseTreeLoader(DB.jdbi()), medium).result());
  }

  @Test
  void with_a_maximum_of_ids_per_statement_a_level_costs_ceil_parents_over_maximum() {
    // 1 course statement; 1 course -> 1 module statement; 10 modules -> ceil(10/7) = 2;
    // 500 lessons -> ceil(500/7) = 72.
    Counted<Course> loaded = load(new JdbiCourseTreeLoader(DB.jdbi(), 7), medium);

    assertThat(loaded.statements()).isEqualTo(1 + 1 + 2 + 72);
    assertThat(loaded.result().exerciseIds()).hasSize(5_000);
  }

  @Test
  void fetching_the_exercises_in_batches_costs_no_statement_and_builds_the_same_tree() {
    // 5,000 exercises, 7 at a time: 715 round trips for one statement.
    Counted<Course> batched =
        load(
            new JdbiCourseTreeLoader(
                DB.jdbi(), JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT, 7),
            medium);

    assertThat(batched.statements()).isEqualTo(4);
    assertThat(batched.result())
        .isEqualTo(load(new JdbiCourseTreeLoader(DB.jdbi()), medium).result());
  }

  @Test
  void the_exercise_statement_is_fetched_in_batches_inside_a_transaction() {
    // The driver reads every row at once unless the statement has a fetch size and the
    // connection is in a transaction: both are seen as the statement runs.
    assertThat(mediumFetched(7)).isEqualTo(levelByLevel(7));
  }

  @Test
  void a_course_within_one_batch_has_its_three_levels_and_the_commit_in_one_round_trip() {
    // 5,000 exercises, one batch of the default 5,000; 5,510 nodes, under 10,000 ids.
    assertThat(
            statementsSeen(jdbi -> new JdbiCourseTreeLoader(jdbi).loadCourseTrees(List.of(medium))))
        .containsExactly(
            "coursesWithIds fetch 0 in a transaction",
            "levelsOf fetch 0 in a transaction ending it");
    assertThat(
            statementsSeen(
                jdbi ->
                    new JdbiCourseTreeLoader(jdbi)
                        .loadCourseTrees(List.of(small), TreeDepth.LESSONS)))
        .containsExactly(
            "coursesWithIds fetch 0 in a transaction",
            "modulesAndLessonsOf fetch 0 in a transaction ending it");
    assertThat(
            statementsSeen(
                jdbi ->
                    new JdbiCourseTreeLoader(jdbi)
                        .loadCourseTrees(List.of(small), TreeDepth.MODULES)))
        .containsExactly(
            "coursesWithIds fetch 0 in a transaction", "modulesOf fetch 0 in a transaction");
  }

  @Test
  void a_course_beyond_one_batch_or_one_statement_per_level_is_read_level_by_level() {
    List<String> levelByLevel = levelByLevel(4_999);
    assertThat(mediumFetched(4_999)).isEqualTo(levelByLevel);
    // 10 + 500 + 5,000 nodes: one id more than the maximum might need a second statement.
    assertThat(
            statementsSeen(
                jdbi ->
                    new JdbiCourseTreeLoader(jdbi, 5_509, 4_999).loadCourseTrees(List.of(medium))))
        .isEqualTo(levelByLevel);
  }

  @Test
  void the_levels_read_in_one_round_trip_build_the_tree_read_level_by_level() {
    Course levelByLevel =
        load(
                new JdbiCourseTreeLoader(
                    DB.jdbi(), JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT, 4_999),
                medium)
            .result();

    assertThat(load(new JdbiCourseTreeLoader(DB.jdbi()), medium).result()).isEqualTo(levelByLevel);
    assertThat(
            new JdbiCourseTreeLoader(DB.jdbi())
                .loadCourseTrees(List.of(medium), TreeDepth.LESSONS)
                .get(0)
                .modules())
        .extracting(module -> module.lessons().size())
        .containsOnly(50);
  }

  /** The statements of a read of the medium course, its exercises fetched as given. */
  private static List<String> mediumFetched(int exercisesPerFetch) {
    return statementsSeen(
        jdbi ->
            new JdbiCourseTreeLoader(
                    jdbi, JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT, exercisesPerFetch)
                .loadCourseTrees(List.of(medium)));
  }

  /** What {@link #statementsSeen} sees of a read level by level, exercises fetched as given. */
  private static List<String> levelByLevel(int exercisesPerFetch) {
    return List.of(
        "coursesWithIds fetch 0 in a transaction",
        "modulesOf fetch 0 in a transaction",
        "lessonsOf fetch 0 in a transaction",
        "exercisesOf fetch " + exercisesPerFetch + " in a transaction");
  }

  /**
   * Each statement the read ran, by DAO method, with its fetch size and whether in a transaction.
   */
  private static List<String> statementsSeen(Consumer<Jdbi> read) {
    Jdbi jdbi =
        Jdbi.create(DB.database().url(), DB.database().user(), DB.database().password())
            .installPlugin(new SqlObjectPlugin());
    return statementsSeenOn(jdbi, () -> read.accept(jdbi));
  }

  /** The same for a read on a Jdbi of the test's, whose logger is put back after it. */
  private static List<String> statementsSeenOn(Jdbi jdbi, Runnable read) {
    SqlStatements statements = jdbi.getConfig(SqlStatements.class);
    SqlLogger original = statements.getSqlLogger();
    List<String> seen = new ArrayList<>();
    statements.setSqlLogger(
        new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            try {
              seen.add(
                  context.getExtensionMethod().getMethod().getName()
                      + " fetch "
                      + context.getStatement().getFetchSize()
                      + (context.getConnection().getAutoCommit() ? "" : " in a transaction")
                      + (endedItsTransaction(context) ? " ending it" : ""));
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          }
        });
    try {
      read.run();
    } finally {
      statements.setSqlLogger(original);
    }
    return seen;
  }

  /**
   * Whether the statement's text ended the transaction it ran in: the driver, told by the server,
   * is then out of a transaction though not in autocommit, and so sends no commit of its own.
   */
  private static boolean endedItsTransaction(StatementContext context) throws SQLException {
    return !context.getConnection().getAutoCommit()
        && context.getConnection().unwrap(BaseConnection.class).getTransactionState()
            == TransactionState.IDLE;
  }

  @Test
  void a_maximum_of_100_ids_splits_only_the_exercise_level_of_a_5000_exercise_course() {
    // 500 lessons -> 5 statements for the exercises; every other level fits in one.
    assertThat(load(new JdbiCourseTreeLoader(DB.jdbi(), 100), medium).statements())
        .isEqualTo(1 + 1 + 1 + 5);
  }

  @Test
  void a_tree_alone_ends_its_transaction_with_its_levels_and_one_with_progress_leaves_it_open() {
    Jdbi reads = DB.snapshotJdbi();
    GetCourseTreeService service = treesAndProgressOn(reads);

    assertThat(
            statementsSeenOn(
                reads,
                () ->
                    service.getCourseTree(
                        new GetCourseTreeQuery(small, Optional.empty(), Viewer.author()))))
        .containsExactly(
            "coursesWithIds fetch 0 in a transaction",
            "levelsOf fetch 0 in a transaction ending it");
    // The progress is read after the tree, in the same snapshot: the unit of work commits.
    assertThat(
            statementsSeenOn(
                reads,
                () ->
                    service.getCourseTree(
                        new GetCourseTreeQuery(
                            small, Optional.of(LEARNER), Viewer.learner(LEARNER)))))
        .containsExactly(
            "coursesWithIds fetch 0 in a transaction",
            "levelsOf fetch 0 in a transaction",
            "completedAmong fetch 0 in a transaction");
  }

  @Test
  void a_tree_alone_is_two_round_trips_and_one_with_progress_four() {
    GetCourseTreeService service = treesAndProgressOn(DB.snapshotJdbi());

    // The course's row (with the begin); the levels below it with the commit.
    assertThat(
            roundTrips(
                () ->
                    service.getCourseTree(
                        new GetCourseTreeQuery(small, Optional.empty(), Viewer.author()))))
        .isEqualTo(2);
    // The course's row; the levels; the completions; the unit of work's commit.
    assertThat(
            roundTrips(
                () ->
                    service.getCourseTree(
                        new GetCourseTreeQuery(
                            small, Optional.of(LEARNER), Viewer.learner(LEARNER)))))
        .isEqualTo(4);
  }

  /**
   * The round trips the read made on this thread: PostgreSQL's driver ends each with a Sync
   * message, which it logs at FINEST.
   */
  private static int roundTrips(Runnable read) {
    Logger driver = Logger.getLogger("org.postgresql");
    Level level = driver.getLevel();
    long thread = Thread.currentThread().getId();
    AtomicInteger syncs = new AtomicInteger();
    Handler counter =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLongThreadID() == thread
                && String.valueOf(record.getMessage()).contains("FE=> Sync")) {
              syncs.incrementAndGet();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    counter.setLevel(Level.FINEST);
    driver.setLevel(Level.FINEST);
    driver.addHandler(counter);
    try {
      read.run();
    } finally {
      driver.removeHandler(counter);
      driver.setLevel(level);
    }
    return syncs.get();
  }

  /** The use case as the service wires it: every read on the snapshot Jdbi. */
  private static GetCourseTreeService treesAndProgressOn(Jdbi reads) {
    return new GetCourseTreeService(
        new JdbiUnitOfWork(reads, DB.jdbi()),
        new JdbiCourseTreeLoader(reads),
        new JdbiCompletionStore(reads));
  }

  @Test
  void a_course_tree_with_a_learners_progress_runs_5_statements() {
    List<ExerciseId> exercises =
        new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(medium)).get(0).exerciseIds();
    List<ExerciseId> everySecond = new ArrayList<>();
    for (int i = 0; i < exercises.size(); i += 2) {
      everySecond.add(exercises.get(i));
    }
    JdbiCompletionStore completions = new JdbiCompletionStore(DB.jdbi());
    completions.recordCompletions(LEARNER, everySecond);
    GetCourseTreeService service = treesAndProgressOn(DB.snapshotJdbi());

    Counted<CourseTree> tree =
        budget.run(
            () ->
                service.getCourseTree(
                    new GetCourseTreeQuery(medium, Optional.of(LEARNER), Viewer.learner(LEARNER))));

    assertThat(tree.statements()).isEqualTo(5);
    Lesson firstLesson = tree.result().course().modules().get(0).lessons().get(0);
    assertThat(tree.result().progress().orElseThrow().exercises().completedIn(firstLesson))
        .isEqualTo(5);
    assertThat(tree.result().progress().orElseThrow().exercises().completed()).hasSize(2_500);
  }

  @Test
  void creating_a_5000_exercise_course_runs_5_statements_and_answers_it_as_stored() {
    Counted<List<Course>> created =
        budget.run(
            () ->
                new JdbiCourseTreeWriter(DB.jdbi())
                    .createCourses(List.of(new CourseShape(10, 50, 10).draft("Import", false))));

    assertThat(created.statements()).isEqualTo(5);
    Course course = created.result().get(0);
    assertThat(course.exerciseIds()).hasSize(5_000);
    assertThat(new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(course.id())))
        .containsExactly(course);
  }

  @Test
  void importing_a_5000_exercise_course_runs_5_statements_7_under_a_new_key_1_to_replay_it() {
    MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    ImportCourseTreeService service =
        new ImportCourseTreeService(
            new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi()),
            new JdbiCourseTreeWriter(DB.jdbi()),
            new JdbiPastImports(DB.jdbi()),
            clock,
            Duration.ofHours(24),
            CourseLimits.DEFAULT,
            AnnounceCourseChangesPort.NOBODY);
    CourseDraft draft = new CourseShape(10, 50, 10).draft("Keyed", false);
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("ada", "count-me"));

    Counted<Course> plain =
        budget.run(
            () ->
                service.importCourseTree(
                    Viewer.author(), new ImportCourseTreeCommand(draft, Optional.empty())));
    Counted<Course> keyed =
        budget.run(
            () ->
                service.importCourseTree(Viewer.author(), new ImportCourseTreeCommand(draft, key)));
    Counted<Course> replayed =
        budget.run(
            () ->
                service.importCourseTree(Viewer.author(), new ImportCourseTreeCommand(draft, key)));
    clock.move(Duration.ofHours(24));
    Counted<Course> afterExpiry =
        budget.run(
            () ->
                service.importCourseTree(Viewer.author(), new ImportCourseTreeCommand(draft, key)));

    // The key's lookup, the five writes, the key remembered; a replay only looks the key up; an
    // expired key is also forgotten before it is remembered anew.
    assertThat(plain.statements()).isEqualTo(5);
    assertThat(keyed.statements()).isEqualTo(1 + 5 + 1);
    assertThat(replayed.statements()).isEqualTo(1);
    assertThat(replayed.result()).isEqualTo(keyed.result());
    assertThat(afterExpiry.statements()).isEqualTo(1 + 1 + 5 + 1);
    assertThat(afterExpiry.result().id()).isNotEqualTo(keyed.result().id());
  }
}
