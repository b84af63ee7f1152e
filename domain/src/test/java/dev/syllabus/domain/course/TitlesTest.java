package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
