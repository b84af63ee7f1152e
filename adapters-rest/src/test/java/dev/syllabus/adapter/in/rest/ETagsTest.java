package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.domain.course.ExpectedVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ETagsTest {

  private static ExpectedVersion ifMatch(String... lines) {
    return ETags.expectedVersion(List.of(lines));
  }

  @Test
  void a_version_is_a_strong_tag_and_if_match_reads_it_back() {
    assertThat(ETags.of(7).toString()).isEqualTo("\"v7\"");
    assertThat(ETags.header(7)).isEqualTo("\"v7\"");
    assertThat(ETags.header(Long.MAX_VALUE)).isEqualTo(ETags.of(Long.MAX_VALUE).toString());
    assertThat(ifMatch("\"v7\"")).isEqualTo(ExpectedVersion.of(7));
  }

  @Test
  void no_header_or_a_star_expects_no_particular_version() {
    assertThat(ifMatch()).isEqualTo(ExpectedVersion.any());
    assertThat(ifMatch("*")).isEqualTo(ExpectedVersion.any());
  }

  @Test
  void a_list_of_tags_accepts_each_version_it_names_on_one_line_or_several() {
    assertThat(ifMatch("\"v1\", \"v8\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(1L, 8L)));
    assertThat(ifMatch("\"v1\",\"v8\" ,, \"v9\""))
        .isEqualTo(ExpectedVersion.oneOf(Set.of(1L, 8L, 9L)));
    assertThat(ifMatch("\"v1\"", "\"v8\"")).isEqualTo(ExpectedVersion.oneOf(Set.of(1L, 8L)));
    assertThat(ifMatch("\"v1\", \"v8\"").accepts(8)).isTrue();
    assertThat(ifMatch("\"v1\", \"v8\"").accepts(2)).isFalse();
  }

  @Test
  void weak_foreign_and_malformed_tags_never_match() {
    assertThat(ifMatch("W/\"v7\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    assertThat(ifMatch("\"something-else\"")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    assertThat(ifMatch("W/\"v7\", \"v8\"")).isEqualTo(ExpectedVersion.of(8));
    assertThat(ifMatch("\"a,v7\", \"v8\"")).isEqualTo(ExpectedVersion.of(8));
    assertThat(ifMatch("v7")).isEqualTo(ExpectedVersion.oneOf(Set.of()));
    assertThat(ifMatch("\"v7").accepts(7)).isFalse();
  }
}
