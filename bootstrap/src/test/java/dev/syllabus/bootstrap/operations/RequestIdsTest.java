package dev.syllabus.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  private final RequestIds ids = RequestIds.withRandomPrefix();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "4bf92f3577b34da6a3ce929d0e0e4736",
        "Root=1-67891233-abcdef012345678912345678",
        "a",
        "order:42/retry+1_x.y"
      })
  void a_sane_incoming_id_is_kept(String incoming) {
    assertThat(ids.acceptOrMake(incoming)).isEqualTo(incoming);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "has space",
        "new\nline",
        "<script>",
        "quote\"",
        "semi;colon",
        "ünïcode",
        "x-0123456789012345678901234567890123456789012345678901234567890123"
      })
  void an_absent_or_insane_incoming_id_is_replaced_by_a_new_one(String incoming) {
    String id = ids.acceptOrMake(incoming);

    assertThat(id).isNotEqualTo(incoming).matches("[0-9a-f]{16}-[0-9a-f]+");
  }

  @Test
  void the_longest_id_kept_has_64_characters() {
    String longest = "a".repeat(RequestIds.MAX_LENGTH);

    assertThat(ids.acceptOrMake(longest)).isEqualTo(longest);
    assertThat(ids.acceptOrMake(longest + "a")).isNotEqualTo(longest + "a");
  }

  @Test
  void new_ids_never_repeat_within_a_process_nor_across_instances() {
    Set<String> made = new HashSet<>();
    IntStream.range(0, 10_000).forEach(i -> made.add(ids.next()));
    RequestIds restarted = RequestIds.withRandomPrefix();
    IntStream.range(0, 10_000).forEach(i -> made.add(restarted.next()));

    assertThat(made).hasSize(20_000);
  }
}
