package dev.syllabus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.ImportFingerprint;
import dev.syllabus.domain.idempotency.PastImport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link RememberImportsPort} must do. Each adapter's test extends this
 * class; its store starts empty for every test.
 */
public abstract class RememberImportsPortContract {

  protected abstract RememberImportsPort imports();

  /** How many imports the store holds, expired or not. */
  protected abstract int remembered();

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final IdempotencyKey ADA_K1 = new IdempotencyKey("ada", "k1");
  private static final IdempotencyKey BOB_K1 = new IdempotencyKey("bob", "k1");

  private static PastImport pastImport(IdempotencyKey key, char fingerprint, Instant at) {
    return new PastImport(
        key,
        new ImportFingerprint(String.valueOf(fingerprint).repeat(64)),
        at,
        new TreeIds(new CourseId(7), List.of(11L, 12L), List.of(21L), List.of(31L, 32L, 33L)));
  }

  @Test
  void a_key_never_remembered_finds_nothing() {
    assertThat(imports().findImport(ADA_K1)).isEmpty();
  }

  @Test
  void a_remembered_import_is_found_as_it_was_remembered() {
    PastImport remembered = pastImport(ADA_K1, 'a', T0);

    imports().remember(remembered, T0.minusSeconds(60));

    assertThat(imports().findImport(ADA_K1)).contains(remembered);
  }

  @Test
  void a_large_tree_of_ids_is_found_whole_and_in_order() {
    List<Long> exercises = LongStream.rangeClosed(1, 20_000).map(i -> 40_001 - i).boxed().toList();
    PastImport remembered =
        new PastImport(
            ADA_K1,
            new ImportFingerprint("c".repeat(64)),
            T0,
            new TreeIds(new CourseId(3), List.of(5L), List.of(9L, 8L), exercises));

    imports().remember(remembered, T0);

    assertThat(imports().findImport(ADA_K1)).contains(remembered);
  }

  @Test
  void the_same_value_of_two_owners_is_two_keys() {
    imports().remember(pastImport(ADA_K1, 'a', T0), T0);
    imports().remember(pastImport(BOB_K1, 'b', T0), T0);

    assertThat(imports().findImport(ADA_K1).orElseThrow().fingerprint().sha256()).startsWith("a");
    assertThat(imports().findImport(BOB_K1).orElseThrow().fingerprint().sha256()).startsWith("b");
    assertThat(imports().findImport(new IdempotencyKey("cyd", "k1"))).isEmpty();
  }

  @Test
  void a_key_remembered_already_cannot_be_remembered_again_and_keeps_its_first_import() {
    imports().remember(pastImport(ADA_K1, 'a', T0), T0);

    assertThatThrownBy(() -> imports().remember(pastImport(ADA_K1, 'b', T0.plusSeconds(1)), T0))
        .isInstanceOfSatisfying(
            ImportKeyTakenException.class, taken -> assertThat(taken.inFlight()).isFalse());
    assertThat(imports().findImport(ADA_K1).orElseThrow().fingerprint().sha256()).startsWith("a");
  }

  @Test
  void a_forgotten_key_finds_nothing_and_may_be_remembered_again() {
    imports().remember(pastImport(ADA_K1, 'a', T0), T0);
    imports().remember(pastImport(BOB_K1, 'b', T0), T0);

    imports().forget(ADA_K1);
    imports().forget(ADA_K1);

    assertThat(imports().findImport(ADA_K1)).isEmpty();
    assertThat(imports().findImport(BOB_K1)).isPresent();
    imports().remember(pastImport(ADA_K1, 'c', T0.plusSeconds(5)), T0);
    assertThat(imports().findImport(ADA_K1).orElseThrow().fingerprint().sha256()).startsWith("c");
  }

  @Test
  void remembering_forgets_imports_done_before_the_given_instant_and_no_others() {
    Instant later = T0.plus(Duration.ofHours(2));
    imports().remember(pastImport(new IdempotencyKey("ada", "old"), 'a', T0), T0);
    imports().remember(pastImport(new IdempotencyKey("bob", "old"), 'a', T0.plusSeconds(1)), T0);
    imports().remember(pastImport(new IdempotencyKey("ada", "recent"), 'a', later), T0);

    imports().remember(pastImport(ADA_K1, 'a', later), later);

    assertThat(imports().findImport(new IdempotencyKey("ada", "old"))).isEmpty();
    assertThat(imports().findImport(new IdempotencyKey("bob", "old"))).isEmpty();
    assertThat(imports().findImport(new IdempotencyKey("ada", "recent"))).isPresent();
    assertThat(imports().findImport(ADA_K1)).isPresent();
  }

  @Test
  void remembering_forgets_at_most_a_bounded_number_of_old_imports() {
    int old = RememberImportsPort.FORGOTTEN_PER_CALL + 20;
    for (int i = 0; i < old; i++) {
      imports().remember(pastImport(new IdempotencyKey("ada", "old-" + i), 'a', T0), T0);
    }
    Instant later = T0.plus(Duration.ofHours(2));

    imports().remember(pastImport(ADA_K1, 'a', later), later);
    assertThat(remembered()).isEqualTo(old + 1 - RememberImportsPort.FORGOTTEN_PER_CALL);
    imports().remember(pastImport(BOB_K1, 'a', later), later);
    assertThat(remembered()).isEqualTo(2);
  }
}
