package dev.syllabus.benchmarks;

import java.util.Arrays;

/** The latencies of one scenario, in nanoseconds, and their nearest-rank percentiles. */
public record Samples(long[] sortedNanos) {

  public Samples {
    if (sortedNanos.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
  }

  public static Samples of(long[] nanos, int count) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Samples(sorted);
  }

  /** The smallest sample that at least {@code percent}% of the samples do not exceed. */
  public long percentile(double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
    return sortedNanos[Math.max(rank, 1) - 1];
  }

  public int count() {
    return sortedNanos.length;
  }

  public double medianMillis() {
    return percentile(50) / 1e6;
  }

  public double p99Millis() {
    return percentile(99) / 1e6;
  }
}
