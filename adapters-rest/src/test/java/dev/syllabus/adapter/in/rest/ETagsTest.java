package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void a_version_is_a_strong_tag_and_if_match_reads_it_back() {
    assertThat(ETags.of(7).toString()).isEqualTo("\"v7\"");
    assertThat(ETags.expectedVersion("\"v7\"")).isEqualTo(OptionalLong.of(7));
  }

  @Test
  void no_header_or_a_star_expects_no_particular_version() {
    assertThat(ETags.expectedVersion(null)).isEmpty();
    assertThat(ETags.expectedVersion("*")).isEmpty();
  }

  @Test
  void a_tag_that_can_never_match_expects_a_version_no_course_has() {
    assertThat(ETags.expectedVersion("W/\"v7\"")).isEqualTo(OptionalLong.of(0));
    assertThat(ETags.expectedVersion("\"something-else\"")).isEqualTo(OptionalLong.of(0));
  }
}
