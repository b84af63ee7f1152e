package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalPositionTest {

  @Test
  void a_position_reads_and_writes_as_postgresql_writes_an_lsn() {
    WalPosition position = WalPosition.parse("16/B374D848");
    assertThat(position.value()).isEqualTo(0x16_B374_D848L);
    assertThat(position).hasToString("16/B374D848");
    assertThat(WalPosition.parse("0/3000148")).hasToString("0/3000148");
    assertThat(WalPosition.parse(" 0/0 ")).isEqualTo(WalPosition.START);
  }

  @Test
  void positions_compare_by_the_high_part_first() {
    assertThat(WalPosition.parse("1/0").isAtLeast(WalPosition.parse("0/FFFFFFFF"))).isTrue();
    assertThat(WalPosition.parse("0/3000148").isAtLeast(WalPosition.parse("0/3000148"))).isTrue();
    assertThat(WalPosition.parse("0/3000147").isAtLeast(WalPosition.parse("0/3000148"))).isFalse();
  }

  @Test
  void anything_else_is_refused_saying_what_a_position_looks_like() {
    for (String text : new String[] {"", "yesterday", "0/", "/1", "1/2/3", "123456789/0", "-1/0"}) {
      assertThatThrownBy(() -> WalPosition.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("expected a WAL position such as 0/3000148, was '" + text + "'");
    }
  }
}
