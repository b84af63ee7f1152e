package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.IdempotencyKeyInUseException;
import dev.syllabus.application.port.in.IdempotencyKeyReusedException;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.ImportKeyTakenException;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.ImportFingerprint;
import dev.syllabus.domain.idempotency.PastImport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportCourseTreeServiceTest {

  private static final Duration LIFETIME = Duration.ofHours(24);
  private static final CourseDraft DRAFT = new CourseShape(2, 3, 4).draft("Cooking", false);
  private static final CourseDraft OTHER = new CourseShape(2, 3, 4).draft("Baking", false);
  private static final IdempotencyKey ADA_K1 = new IdempotencyKey("ada", "k1");

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  // Apart from the store whose unit of work the service runs in: what it remembers stays, as
  // another request's commit would.
  private final InMemoryCourseStore pastImports = new InMemoryCourseStore();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

  private ImportCourseTreeService service(RememberImportsPort imports) {
    return new ImportCourseTreeService(
        store,
        store,
        imports,
        clock,
        LIFETIME,
        CourseLimits.DEFAULT,
        AnnounceCourseChangesPort.NOBODY);
  }

  private Course importCourse(CourseDraft draft, IdempotencyKey key) {
    return service(pastImports)
        .importCourseTree(Viewer.author(), new ImportCourseTreeCommand(draft, Optional.of(key)));
  }

  private int courses() {
    return store
        .loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.empty(), 100))
        .courses()
        .size();
  }

  @Test
  void without_a_key_every_import_creates_a_course_as_it_was_stored() {
    Course first =
        service(pastImports)
            .importCourseTree(
                Viewer.author(), new ImportCourseTreeCommand(DRAFT, Optional.empty()));
    Course second =
        service(pastImports)
            .importCourseTree(
                Viewer.author(), new ImportCourseTreeCommand(DRAFT, Optional.empty()));

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(store.loadCourseTrees(List.of(first.id()))).containsExactly(first);
    assertThat(pastImports.rememberedImports()).isZero();
  }

  @Test
  void the_same_draft_under_the_same_key_answers_the_first_course_and_creates_nothing() {
    Course first = importCourse(DRAFT, ADA_K1);
    clock.move(LIFETIME.minusSeconds(1));

    Course again = importCourse(DRAFT, ADA_K1);

    assertThat(again).isEqualTo(first);
    assertThat(courses()).isEqualTo(1);
  }

  @Test
  void a_replay_answers_the_course_as_first_created_even_after_it_changed() {
    Course first = importCourse(DRAFT, ADA_K1);
    store.write(() -> store.deleteCourse(first.id()));

    assertThat(importCourse(DRAFT, ADA_K1)).isEqualTo(first);
  }

  @Test
  void another_draft_under_a_key_in_use_is_refused_and_creates_nothing() {
    importCourse(DRAFT, ADA_K1);

    assertThatThrownBy(() -> importCourse(OTHER, ADA_K1))
        .isInstanceOf(IdempotencyKeyReusedException.class)
        .hasMessageContaining("'k1' was used for another request");
    assertThat(courses()).isEqualTo(1);
  }

  @Test
  void the_same_key_of_another_caller_is_another_key() {
    Course ada = importCourse(DRAFT, ADA_K1);

    Course bob = importCourse(DRAFT, new IdempotencyKey("bob", "k1"));

    assertThat(bob.id()).isNotEqualTo(ada.id());
    assertThat(courses()).isEqualTo(2);
  }

  @Test
  void a_key_past_its_lifetime_is_new_and_remembers_the_new_import() {
    Course first = importCourse(DRAFT, ADA_K1);
    clock.move(LIFETIME);

    Course second = importCourse(OTHER, ADA_K1);
    Course replayed = importCourse(OTHER, ADA_K1);

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(replayed).isEqualTo(second);
    assertThat(courses()).isEqualTo(2);
    assertThat(pastImports.rememberedImports()).isEqualTo(1);
  }

  @Test
  void a_key_taken_by_an_import_that_finished_meanwhile_answers_that_import() {
    Course theirs =
        service(pastImports)
            .importCourseTree(
                Viewer.author(), new ImportCourseTreeCommand(DRAFT, Optional.empty()));
    // Between our look and our remembering it, another request under the key finished.
    RememberImportsPort racing =
        new RememberImportsPort() {
          private boolean raced;

          @Override
          public Optional<PastImport> findImport(IdempotencyKey key) {
            return pastImports.findImport(key);
          }

          @Override
          public void remember(PastImport pastImport, Instant forgetBefore) {
            if (!raced) {
              raced = true;
              pastImports.remember(
                  new PastImport(
                      ADA_K1, ImportFingerprint.of(DRAFT), clock.instant(), TreeIds.of(theirs)),
                  forgetBefore);
            }
            pastImports.remember(pastImport, forgetBefore);
          }

          @Override
          public void forget(IdempotencyKey key) {
            pastImports.forget(key);
          }
        };

    Course answered =
        service(racing)
            .importCourseTree(
                Viewer.author(), new ImportCourseTreeCommand(DRAFT, Optional.of(ADA_K1)));

    assertThat(answered).isEqualTo(theirs);
  }

  @Test
  void a_key_held_by_an_import_still_in_flight_is_refused_as_in_use() {
    RememberImportsPort busy =
        new RememberImportsPort() {
          @Override
          public Optional<PastImport> findImport(IdempotencyKey key) {
            return Optional.empty();
          }

          @Override
          public void remember(PastImport pastImport, Instant forgetBefore) {
            throw new ImportKeyTakenException(pastImport.key(), true, null);
          }

          @Override
          public void forget(IdempotencyKey key) {}
        };

    assertThatThrownBy(
            () ->
                service(busy)
                    .importCourseTree(
                        Viewer.author(), new ImportCourseTreeCommand(DRAFT, Optional.of(ADA_K1))))
        .isInstanceOf(IdempotencyKeyInUseException.class)
        .hasMessageContaining("still in flight");
  }
}
