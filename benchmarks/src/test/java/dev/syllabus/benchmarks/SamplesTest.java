package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void percentilesAreTheNearestRankOfTheSortedSamples() {
    long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
    Samples samples = Samples.of(shuffled, shuffled.length);

    assertThat(samples.percentile(50)).isEqualTo(50);
    assertThat(samples.percentile(99)).isEqualTo(99);
    assertThat(samples.percentile(100)).isEqualTo(100);
    assertThat(samples.percentile(0.5)).isEqualTo(1);
  }

  @Test
  void withFewerThanOneHundredSamplesP99IsTheSlowest() {
    Samples samples = Samples.of(new long[] {5, 1, 9, 3, 7, 2, 8, 4, 6, 10}, 10);

    assertThat(samples.percentile(99)).isEqualTo(10);
    assertThat(samples.percentile(50)).isEqualTo(5);
  }

  @Test
  void onlyTheRecordedPartOfTheBufferCounts() {
    Samples samples = Samples.of(new long[] {3_000_000, 1_000_000, 2_000_000, 0, 0}, 3);

    assertThat(samples.count()).isEqualTo(3);
    assertThat(samples.medianMillis()).isEqualTo(2.0);
    assertThat(samples.p99Millis()).isEqualTo(3.0);
  }

  @Test
  void aPercentileOutsideZeroToOneHundredIsRefused() {
    Samples samples = Samples.of(new long[] {1}, 1);

    assertThatThrownBy(() -> samples.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> samples.percentile(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
