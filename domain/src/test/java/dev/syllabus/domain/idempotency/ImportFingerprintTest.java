package dev.syllabus.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.ExerciseType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFingerprintTest {

  private static CourseDraft course(String title, boolean published, ModuleDraft... modules) {
    return new CourseDraft(title, published, List.of(modules));
  }

  private static ModuleDraft module(String title, LessonDraft... lessons) {
    return new ModuleDraft(title, List.of(lessons));
  }

  private static LessonDraft lesson(String title, ExerciseDraft... exercises) {
    return new LessonDraft(title, List.of(exercises));
  }

  private static ExerciseDraft video(String title) {
    return new ExerciseDraft(ExerciseType.VIDEO, title);
  }

  private static final CourseDraft DRAFT =
      course("C", false, module("M", lesson("L", video("E1"), video("E2"))));

  @Test
  void equal_drafts_have_the_same_fingerprint_of_64_hex_digits() {
    ImportFingerprint fingerprint = ImportFingerprint.of(DRAFT);

    assertThat(fingerprint)
        .isEqualTo(
            ImportFingerprint.of(
                course("C", false, module("M", lesson("L", video("E1"), video("E2"))))));
    assertThat(fingerprint.sha256()).hasSize(64);
  }

  @Test
  void any_difference_in_what_the_draft_says_gives_another_fingerprint() {
    List<CourseDraft> others =
        List.of(
            course("C ", false, module("M", lesson("L", video("E1"), video("E2")))),
            course("C", true, module("M", lesson("L", video("E1"), video("E2")))),
            course("C", false, module("M", lesson("L", video("E2"), video("E1")))),
            course(
                "C",
                false,
                module("M", lesson("L", video("E1"), new ExerciseDraft(ExerciseType.TEXT, "E2")))),
            course("C", false, module("M", lesson("L", video("E1"))), module("M2")),
            course("C", false, module("M", lesson("L", video("E1")), lesson("L2", video("E2")))));

    assertThat(others)
        .extracting(ImportFingerprint::of)
        .doesNotContain(ImportFingerprint.of(DRAFT))
        .doesNotHaveDuplicates();
  }

  @Test
  void titles_cannot_be_shifted_from_one_node_to_the_next() {
    // Without a length before each title, "ab" + "c" and "a" + "bc" would read the same.
    assertThat(ImportFingerprint.of(course("ab", false, module("c"))))
        .isNotEqualTo(ImportFingerprint.of(course("a", false, module("bc"))));
  }
}
