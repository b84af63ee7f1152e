package dev.syllabus.adapter.out.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.ExerciseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExerciseColumnsTest {

  @ParameterizedTest
  @EnumSource(ExerciseType.class)
  void a_type_is_read_from_the_bytes_of_its_code(ExerciseType type) {
    assertThat(ExerciseColumns.type(type.code().getBytes(UTF_8))).isEqualTo(type);
  }

  @Test
  void an_unknown_code_fails_and_names_it() {
    assertThatThrownBy(() -> ExerciseColumns.type("essay".getBytes(UTF_8)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("essay");
    assertThatThrownBy(() -> ExerciseColumns.type("vide".getBytes(UTF_8)))
        .hasMessageContaining("vide");
  }
}
