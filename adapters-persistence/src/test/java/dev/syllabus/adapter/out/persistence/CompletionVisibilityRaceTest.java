package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.TrackProgressService;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An author unpublishes a course while a learner completes one of its exercises. The check that the
 * learner may see the exercise and the completion it allows are one unit of work: the completion
 * waits for the unpublishing and is refused, instead of slipping in between.
 */
class CompletionVisibilityRaceTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private static final LearnerId LEARNER = new LearnerId(7);

  private CourseId course;
  private ExerciseId exercise;

  @BeforeEach
  void a_published_course() {
    course =
        new JdbiCourseTreeWriter(DB.jdbi())
            .createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("Soon hidden", true)))
            .get(0);
    exercise =
        new JdbiCourseTreeLoader(DB.jdbi())
            .loadCourseTrees(List.of(course))
            .get(0)
            .exerciseIds()
            .get(0);
  }

  @Test
  void a_completion_waits_for_a_concurrent_unpublishing_and_is_refused() throws Exception {
    TrackProgressService progress = service(JdbiCourseStateLoader.forWrites(DB.jdbi()));

    CompletableFuture<Void> completing = completeWhileUnpublishing(progress);

    assertThatThrownBy(completing::get).hasCauseInstanceOf(ExerciseNotFoundException.class);
    assertThat(completionsStored()).isZero();
  }

  @Test
  void a_check_that_does_not_hold_its_row_would_let_the_completion_slip_in() throws Exception {
    TrackProgressService progress = service(JdbiCourseStateLoader.forReads(DB.jdbi()));

    completeWhileUnpublishing(progress).get();

    assertThat(completionsStored()).isEqualTo(1);
  }

  private TrackProgressService service(LoadCourseStatePort states) {
    return new TrackProgressService(
        new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi()),
        states,
        new JdbiCompletionStore(DB.jdbi()));
  }

  /**
   * Starts the learner's completion while another transaction has unpublished the course but not
   * committed yet, commits the unpublishing once the completion waits (or has finished), and
   * returns the completion.
   */
  private CompletableFuture<Void> completeWhileUnpublishing(TrackProgressService progress)
      throws InterruptedException, ExecutionException {
    try (Handle author = DB.jdbi().open()) {
      author.begin();
      author.execute(
          "update courses set published = false, version = version + 1 where id = ?",
          course.value());
      CompletableFuture<Void> completing =
          CompletableFuture.runAsync(
              () ->
                  progress.complete(
                      new ProgressCommand(Viewer.learner(LEARNER), LEARNER, exercise)));
      awaitWaitingOrDone(completing);
      author.commit();
      return completing;
    }
  }

  private static void awaitWaitingOrDone(CompletableFuture<Void> completing)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!completing.isDone() && System.nanoTime() < deadline && !aSessionWaitsForALock()) {
      Thread.sleep(10);
    }
  }

  private static boolean aSessionWaitsForALock() {
    return DB.jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "select count(*) > 0 from pg_stat_activity"
                            + " where datname = current_database() and wait_event_type = 'Lock'")
                    .mapTo(Boolean.class)
                    .one());
  }

  private static int completionsStored() {
    return DB.jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("select count(*) from exercise_completions")
                    .mapTo(Integer.class)
                    .one());
  }
}
