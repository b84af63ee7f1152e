package dev.syllabus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.domain.course.CourseId;
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
  void a_mismatch_names_the_current_version_and_every_expected_one() {
    assertThatThrownBy(
            () ->
                VersionMismatchException.check(
                    new CourseId(2), ExpectedVersion.oneOf(Set.of(8L, 1L)), 3))
        .hasMessage("Course 2 is at version 3, not 1 or 8: it changed meanwhile");
    assertThatThrownBy(
            () -> VersionMismatchException.check(new CourseId(2), ExpectedVersion.of(1), 3))
        .hasMessage("Course 2 is at version 3, not 1: it changed meanwhile");
    assertThatThrownBy(
            () ->
                VersionMismatchException.check(new CourseId(2), ExpectedVersion.oneOf(Set.of()), 3))
        .hasMessage("Course 2 is at version 3, not the expected one: it changed meanwhile");
  }
}
