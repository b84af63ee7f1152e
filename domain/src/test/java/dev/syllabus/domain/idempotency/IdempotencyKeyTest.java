package dev.syllabus.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void a_key_of_printable_ascii_up_to_255_characters_is_accepted() {
    assertThat(new IdempotencyKey("ada", "8e03978e-40d5-43e8-bc93-6894a57f9324").value())
        .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    assertThat(new IdempotencyKey("ada", " \"~".repeat(85)).value()).hasSize(255);
  }

  @Test
  void an_empty_too_long_or_non_ascii_key_is_refused() {
    assertThatThrownBy(() -> new IdempotencyKey("ada", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> new IdempotencyKey("ada", "k".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 255");
    assertThatThrownBy(() -> new IdempotencyKey("ada", "caf\u00e9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+00E9");
    assertThatThrownBy(() -> new IdempotencyKey("ada", "a\tb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0009");
  }

  @Test
  void keys_of_two_owners_are_two_keys() {
    assertThat(new IdempotencyKey("ada", "k")).isNotEqualTo(new IdempotencyKey("bob", "k"));
  }
}
