package dev.syllabus.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QueryProfilingFilterTest {

  @Test
  void the_server_timing_header_reads_as_it_did_when_string_format_wrote_it() {
    assertThat(QueryProfilingFilter.serverTiming(4, 12_345_678, 40_050_000))
        .isEqualTo("db;dur=12.3;desc=\"4 statements\", app;dur=40.1");
    assertThat(QueryProfilingFilter.serverTiming(1, 0, 49_999))
        .isEqualTo("db;dur=0.0;desc=\"1 statement\", app;dur=0.0");
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100_000; i++) {
      int statements = random.nextInt(3000);
      long db = random.nextLong(5_000_000_000L);
      long app = db + random.nextLong(1_000_000_000L);
      assertThat(QueryProfilingFilter.serverTiming(statements, db, app))
          .isEqualTo(
              String.format(
                  Locale.ROOT,
                  "db;dur=%.1f;desc=\"%d statement%s\", app;dur=%.1f",
                  db / 1e6,
                  statements,
                  statements == 1 ? "" : "s",
                  app / 1e6));
    }
  }
}
