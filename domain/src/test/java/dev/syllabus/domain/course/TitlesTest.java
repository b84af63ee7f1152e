package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void a_title_is_non_blank_and_at_most_255_characters() {
    assertThat(Titles.requireValid("x".repeat(255))).hasSize(255);
    assertThatThrownBy(() -> Titles.requireValid("x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 255");
    assertThatThrownBy(() -> Titles.requireValid(" \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> Titles.requireValid(null)).isInstanceOf(NullPointerException.class);
    assertThat(Titles.problem("x".repeat(256))).contains("must be at most 255 characters, was 256");
    assertThat(Titles.problem(null)).contains("is required");
    assertThat(Titles.problem("Fine")).isEmpty();
  }

  @Test
  void a_title_of_only_unicode_spaces_and_zero_width_characters_is_blank() {
    for (String blank :
        new String[] {
          "\u00A0", "\u2003\u3000", "\u200B", "\uFEFF", "\u2060", "\u200B \u2028\n", "\u00AD"
        }) {
      assertThat(Titles.problem(blank))
          .as("%s", blank.codePoints().boxed().toList())
          .contains("must not be blank");
    }
    assertThat(Titles.problem("\u200BReal")).isEmpty();
  }

  @Test
  void printable_ascii_is_judged_as_every_other_title() {
    for (char c = ' '; c <= '~'; c++) {
      assertThat(Titles.problem(String.valueOf(c)))
          .as("U+%04X", (int) c)
          .isEqualTo(c == ' ' ? Optional.of("must not be blank") : Optional.empty());
    }
    assertThat(Titles.problem("   ")).contains("must not be blank");
    assertThat(Titles.problem("Lesson 1.2 ~ {x}")).isEmpty();
    assertThat(Titles.problem("Lesson\u001F"))
        .contains("must not contain control characters, found U+001F at 7");
  }

  @Test
  void a_control_character_anywhere_is_refused_with_its_place() {
    assertThat(Titles.problem("A\u0000B"))
        .contains("must not contain control characters, found U+0000 at 2");
    assertThat(Titles.problem("Tab\there"))
        .contains("must not contain control characters, found U+0009 at 4");
    assertThat(Titles.problem("\u007F")).contains("must not be blank");
  }

  @Test
  void an_unpaired_surrogate_is_refused_and_a_paired_one_is_one_character() {
    assertThat(Titles.problem("A\uD83D"))
        .contains("must not contain an unpaired surrogate, found U+D83D at 2");
    assertThat(Titles.problem("\uDE00A"))
        .contains("must not contain an unpaired surrogate, found U+DE00 at 1");
    assertThat(Titles.problem("Smile \uD83D\uDE00")).isEmpty();
    // U+1D800 ends in D800 when cut to a char: it is a letter-like symbol, not a surrogate.
    assertThat(Titles.problem(new String(Character.toChars(0x1D800)))).isEmpty();
  }

  @Test
  void the_limit_counts_code_points_as_postgresql_counts_characters() {
    String emoji = "\uD83D\uDE00";
    assertThat(Titles.problem(emoji.repeat(255))).isEmpty();
    assertThat(Titles.problem(emoji.repeat(256)))
        .contains("must be at most 255 characters, was 256");
  }

  @Test
  void every_node_of_the_aggregate_checks_its_title() {
    assertThatThrownBy(() -> new Exercise(new ExerciseId(1), ExerciseType.TEXT, "", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseDraft(" ", true, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exercise_types_are_known_by_their_codes() {
    for (ExerciseType type : ExerciseType.values()) {
      assertThat(ExerciseType.fromCode(type.code())).contains(type);
    }
    assertThat(ExerciseType.fromCode("essay")).isEmpty();
  }
}
