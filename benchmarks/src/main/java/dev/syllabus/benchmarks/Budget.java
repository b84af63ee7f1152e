package dev.syllabus.benchmarks;

import java.time.Duration;

/**
 * How long one measurement may take: warm-up (for the JIT), the timed sequential requests (at least
 * {@code minSamples}, at most {@code maxSamples}), and the concurrent load.
 */
record Budget(Duration warmUp, Duration measure, int minSamples, int maxSamples, Duration load) {

  static final int CLIENTS = 4;

  /** More clients than cores, as a busy service sees: through HTTP only. */
  static final int MORE_CLIENTS = 8;

  static Budget of(Shape shape, double scale) {
    Budget full =
        switch (shape) {
          case S -> new Budget(seconds(1), seconds(2), 20, 4000, seconds(1.5));
          // At least 24 samples: the naive loader at 0.5 ms per round trip takes about 0.35 s a
          // request, and the 20x target at M is the ratio of its median to the batched one.
          case M -> new Budget(seconds(1), seconds(2.5), 24, 2000, seconds(2));
          case L -> new Budget(seconds(1.5), seconds(4), 5, 500, seconds(2.5));
          case PAGE -> new Budget(seconds(1), seconds(2.5), 5, 2000, seconds(2));
        };
    return new Budget(
        scaled(full.warmUp, scale),
        scaled(full.measure, scale),
        full.minSamples,
        full.maxSamples,
        scaled(full.load, scale));
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static Duration scaled(Duration duration, double scale) {
    return Duration.ofNanos(Math.round(duration.toNanos() * scale));
  }
}
