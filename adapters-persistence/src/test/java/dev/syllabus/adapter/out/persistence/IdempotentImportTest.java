package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.application.port.in.IdempotencyKeyInUseException;
import dev.syllabus.application.port.in.IdempotencyKeyReusedException;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.ImportCourseTreeService;
import dev.syllabus.application.service.MovableClock;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Imports under an Idempotency-Key on PostgreSQL, with the service's own adapters: retries,
 * concurrent twins, a key still in flight, a key past its lifetime. The writes' sessions wait for a
 * lock at most {@link #LOCK_TIMEOUT}, as the service's do.
 */
class IdempotentImportTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration LIFETIME = Duration.ofHours(24);
  private static final CourseDraft DRAFT = new CourseShape(3, 4, 5).draft("Cooking", false);
  private static final IdempotencyKey ADA_K1 = new IdempotencyKey("ada", "k1");

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
  private Jdbi writes;
  private ImportCourseTreeService service;

  @BeforeEach
  void the_service_on_sessions_with_a_lock_timeout() {
    Properties sessions = new Properties();
    sessions.setProperty("user", DB.database().user());
    sessions.setProperty("password", String.valueOf(DB.database().password()));
    sessions.setProperty(
        "options", PostgresSessions.forWrites(Duration.ofSeconds(30), LOCK_TIMEOUT));
    writes = Jdbi.create(DB.database().url(), sessions).installPlugin(new SqlObjectPlugin());
    service =
        new ImportCourseTreeService(
            new JdbiUnitOfWork(DB.snapshotJdbi(), writes),
            new JdbiCourseTreeWriter(writes),
            new JdbiPastImports(writes),
            clock,
            LIFETIME,
            CourseLimits.DEFAULT,
            AnnounceCourseChangesPort.NOBODY);
  }

  private Course importUnder(IdempotencyKey key, CourseDraft draft) {
    return service.importCourseTree(
        Viewer.author(), new ImportCourseTreeCommand(draft, Optional.of(key)));
  }

  private static int count(String table) {
    return DB.jdbi()
        .withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
  }

  @Test
  void a_retry_answers_the_course_it_created_and_creates_no_second_one() {
    Course first = importUnder(ADA_K1, DRAFT);

    Course retried = importUnder(ADA_K1, DRAFT);

    assertThat(retried).isEqualTo(first);
    assertThat(new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(first.id())))
        .containsExactly(first);
    assertThat(count("courses")).isEqualTo(1);
    assertThat(count("exercises")).isEqualTo(60);
  }

  @Test
  void another_draft_under_the_key_is_refused_and_leaves_nothing() {
    importUnder(ADA_K1, DRAFT);

    assertThatThrownBy(() -> importUnder(ADA_K1, new CourseShape(3, 4, 5).draft("Baking", false)))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(count("courses")).isEqualTo(1);
  }

  @Test
  void twins_sent_at_once_create_one_course_and_are_all_answered_with_it() throws Exception {
    int twins = 6;
    ExecutorService pool = Executors.newFixedThreadPool(twins);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Course>> answers = new ArrayList<>();
    for (int t = 0; t < twins; t++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return importUnder(ADA_K1, DRAFT);
              }));
    }
    start.countDown();
    List<Course> courses = new ArrayList<>();
    for (Future<Course> answer : answers) {
      courses.add(answer.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(courses).hasSize(twins).containsOnly(courses.get(0));
    assertThat(count("courses")).isEqualTo(1);
    assertThat(count("idempotency_keys")).isEqualTo(1);
  }

  @Test
  void a_key_held_by_an_import_in_flight_is_in_use_after_the_lock_timeout_and_nothing_is_kept() {
    try (Handle inFlight = DB.jdbi().open()) {
      inFlight.begin();
      // The first import under the key has remembered it but not committed yet.
      inFlight.execute(
          "insert into idempotency_keys values ('ada', 'k1', repeat('a', 64), now(), 1,"
              + " '{}', '{}', '{}')");

      long started = System.nanoTime();
      assertThatThrownBy(() -> importUnder(ADA_K1, DRAFT))
          .isInstanceOf(IdempotencyKeyInUseException.class)
          .hasMessageContaining("still in flight");
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isBetween(LOCK_TIMEOUT, LOCK_TIMEOUT.plusSeconds(5));
      assertThat(count("courses")).isZero();
      inFlight.rollback();
    }

    assertThat(importUnder(ADA_K1, DRAFT).modules()).hasSize(3);
    assertThat(count("courses")).isEqualTo(1);
  }

  @Test
  void a_key_past_its_lifetime_imports_anew_and_is_remembered_for_the_new_import() {
    Course first = importUnder(ADA_K1, DRAFT);
    clock.move(LIFETIME);
    CourseDraft other = new CourseShape(1, 1, 1).draft("Baking", true);

    Course second = importUnder(ADA_K1, other);

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(importUnder(ADA_K1, other)).isEqualTo(second);
    assertThat(count("courses")).isEqualTo(2);
    assertThat(count("idempotency_keys")).isEqualTo(1);
  }

  @Test
  void imports_under_new_keys_forget_expired_keys_of_every_caller() {
    importUnder(ADA_K1, DRAFT);
    importUnder(new IdempotencyKey("bob", "k1"), DRAFT);
    clock.move(LIFETIME.plusSeconds(1));

    importUnder(new IdempotencyKey("cyd", "k9"), DRAFT);

    List<String> callers =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("select caller from idempotency_keys")
                        .mapTo(String.class)
                        .list());
    assertThat(callers).containsExactly("cyd");
  }

  @Test
  void the_same_key_of_another_caller_imports_anew() {
    Course ada = importUnder(ADA_K1, DRAFT);

    Course bob = importUnder(new IdempotencyKey("bob", "k1"), DRAFT);

    assertThat(bob.id()).isNotEqualTo(ada.id());
    assertThat(count("courses")).isEqualTo(2);
  }
}
