package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.idempotency.IdempotencyKey;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeyHeaderTest {

  private static final Caller ADA = new Caller("ada", Caller.Role.AUTHOR, Optional.empty());

  private static Optional<IdempotencyKey> parse(String... values) {
    return IdempotencyKeyHeader.of(List.of(values), ADA);
  }

  private static void assertRefused(String value, String message) {
    assertThatThrownBy(() -> parse(value))
        .isInstanceOfSatisfying(
            WebApplicationException.class,
            e -> {
              assertThat(e.getResponse().getStatus()).isEqualTo(400);
              assertThat(((ErrorMessage) e.getResponse().getEntity()).getMessage())
                  .contains(message);
            });
  }

  @Test
  void no_header_is_no_key() {
    assertThat(IdempotencyKeyHeader.of(null, ADA)).isEmpty();
    assertThat(IdempotencyKeyHeader.of(List.of(), ADA)).isEmpty();
  }

  @Test
  void a_structured_field_string_is_the_callers_key_with_its_escapes_undone() {
    assertThat(parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""))
        .contains(new IdempotencyKey("ada", "8e03978e-40d5-43e8-bc93-6894a57f9324"));
    assertThat(parse(" \"a \\\"b\\\" \\\\c\" ")).contains(new IdempotencyKey("ada", "a \"b\" \\c"));
  }

  @Test
  void anything_but_one_string_of_1_to_255_printable_characters_is_refused() {
    assertRefused("8e03978e", "must be a quoted string");
    assertRefused("\"abc", "must be a quoted string");
    assertRefused("\"\"", "must not be empty");
    assertRefused("\"" + "k".repeat(256) + "\"", "at most 255");
    assertRefused("\"a\"b\"", "must be one quoted string");
    assertRefused("\"a\\nb\"", "may escape only");
    assertRefused("\"caf\u00e9\"", "printable ASCII");
    assertRefused("\"a\";p=1", "must be a quoted string");
    assertThatThrownBy(() -> parse("\"a\"", "\"b\""))
        .isInstanceOfSatisfying(
            WebApplicationException.class,
            e -> assertThat(e.getResponse().getStatus()).isEqualTo(400));
  }
}
