package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

  @Test
  void any_accepts_every_version_and_a_set_only_its_own() {
    assertThat(ExpectedVersion.any().accepts(42)).isTrue();
    assertThat(ExpectedVersion.oneOf(Set.of(1L, 8L)).accepts(8)).isTrue();
    assertThat(ExpectedVersion.oneOf(Set.of(1L, 8L)).accepts(2)).isFalse();
    assertThat(ExpectedVersion.oneOf(Set.of()).accepts(1)).isFalse();
  }

  @Test
  void it_names_every_accepted_version_smallest_first() {
    assertThat(ExpectedVersion.oneOf(Set.of(8L, 1L)).describe()).isEqualTo("1 or 8");
    assertThat(ExpectedVersion.of(1).describe()).isEqualTo("1");
    assertThat(ExpectedVersion.oneOf(Set.of()).describe()).isEqualTo("the expected one");
  }
}
