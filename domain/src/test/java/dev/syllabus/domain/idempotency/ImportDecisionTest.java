package dev.syllabus.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.ImportDecision.CreateNew;
import dev.syllabus.domain.idempotency.ImportDecision.RefuseOtherRequest;
import dev.syllabus.domain.idempotency.ImportDecision.ReplayPast;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportDecisionTest {

  private static final Duration DAY = Duration.ofHours(24);
  private static final Instant THEN = Instant.parse("2026-12-01T10:00:00Z");
  private static final ImportFingerprint ASKED = new ImportFingerprint("a".repeat(64));
  private static final ImportFingerprint OTHER = new ImportFingerprint("b".repeat(64));
  private static final PastImport PAST =
      new PastImport(
          new IdempotencyKey("ada", "k1"),
          ASKED,
          THEN,
          new TreeIds(new CourseId(1), List.of(), List.of(), List.of()));

  @Test
  void a_key_never_used_creates_the_course() {
    assertThat(ImportDecision.about(Optional.empty(), ASKED, THEN, DAY))
        .isEqualTo(new CreateNew(Optional.empty()));
  }

  @Test
  void the_same_request_under_a_live_key_replays_what_it_created() {
    assertThat(ImportDecision.about(Optional.of(PAST), ASKED, THEN.plus(DAY).minusMillis(1), DAY))
        .isEqualTo(new ReplayPast(PAST));
  }

  @Test
  void another_request_under_a_live_key_is_refused() {
    assertThat(ImportDecision.about(Optional.of(PAST), OTHER, THEN.plusSeconds(1), DAY))
        .isEqualTo(new RefuseOtherRequest(PAST));
  }

  @Test
  void a_key_past_its_lifetime_is_new_whatever_the_request_and_the_old_import_is_forgotten() {
    assertThat(ImportDecision.about(Optional.of(PAST), ASKED, THEN.plus(DAY), DAY))
        .isEqualTo(new CreateNew(Optional.of(PAST)));
    assertThat(ImportDecision.about(Optional.of(PAST), OTHER, THEN.plus(DAY).plusSeconds(1), DAY))
        .isEqualTo(new CreateNew(Optional.of(PAST)));
  }
}
