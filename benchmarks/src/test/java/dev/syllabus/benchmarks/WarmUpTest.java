package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  /** A hundredth of the real budget: slices of 3 ms, at least 30 ms, at most 400 ms. */
  private static final double SCALE = 0.01;

  private static final long MIN = Math.round(WarmUp.MIN.toNanos() * SCALE);
  private static final long CAP = Math.round(WarmUp.CAP.toNanos() * SCALE);

  /** For the warm-ups that should end quiet: far beyond what they need on a loaded machine. */
  private static final long NO_CAP = Duration.ofSeconds(20).toNanos();

  @Test
  void stopsAfterTwoQuietRoundsInARowPastTheMinimum() throws Exception {
    // Compiling hard for the first ten rounds, then not at all.
    WarmUp.Warmed warmed =
        new WarmUp(SCALE)
            .warm(cell(new Sleeping(), reading -> reading <= 10 ? reading * 100 : 1_000), NO_CAP);

    assertThat(warmed.quiet()).isTrue();
    assertThat(warmed.roundCompileMillis()).isZero();
    assertThat(warmed.nanos()).isGreaterThanOrEqualTo(MIN).isLessThan(NO_CAP);
    assertThat(warmed.requests()).isGreaterThan(40); // ten rounds of four shapes at least
  }

  @Test
  void oneQuietRoundBetweenBusyOnesDoesNotEndIt() throws Exception {
    // Readings 0..5 compile, the 6th round is a pause between tiers, then ten more busy rounds.
    LongUnaryOperator compiled =
        reading -> reading <= 5 ? reading * 100 : reading <= 16 ? (reading - 1) * 100 : 1_500;

    WarmUp.Warmed warmed = new WarmUp(SCALE).warm(cell(new Sleeping(), compiled), NO_CAP);

    assertThat(warmed.quiet()).isTrue();
    // Past the pause: 16 rounds of 4 slices at least; stopping at the pause takes 6 or 7 rounds.
    assertThat(warmed.nanos())
        .isGreaterThanOrEqualTo(16 * 4 * Math.round(WarmUp.SLICE.toNanos() * SCALE));
  }

  @Test
  void aJitThatKeepsCompilingEndsAtTheCap() throws Exception {
    WarmUp.Warmed warmed =
        new WarmUp(SCALE).warm(cell(new Sleeping(), reading -> reading * 100), CAP);

    assertThat(warmed.quiet()).isFalse();
    assertThat(warmed.nanos()).isGreaterThanOrEqualTo(CAP);
  }

  @Test
  void anUntoldCompileTimeWarmsToTheCap() throws Exception {
    WarmUp.Warmed warmed = new WarmUp(SCALE).warm(cell(new Sleeping(), reading -> -1), CAP);

    assertThat(warmed.quiet()).isFalse();
    assertThat(warmed.roundCompileMillis()).isEqualTo(-1);
    assertThat(warmed.nanos()).isGreaterThanOrEqualTo(CAP);
  }

  @Test
  void aCellWhoseRequestsFailIsReportedAndTheNextOneStillWarms() {
    Sleeping next = new Sleeping();
    Target failing =
        shape -> {
          throw new IllegalStateException("answered 500");
        };

    List<String> outcomes =
        WarmUp.all(List.of(cell(failing, reading -> 0), cell(next, reading -> 0)), SCALE);

    assertThat(outcomes.get(0)).contains("warm-up failed").contains("answered 500");
    assertThat(outcomes.get(1)).contains("JIT quiet after");
    assertThat(next.served.get()).isPositive();
  }

  /** Answers after a millisecond, sleeping, so that the test leaves the cores alone. */
  private static final class Sleeping implements Target {
    final AtomicInteger served = new AtomicInteger();

    @Override
    public Outcome serve(Shape shape) throws InterruptedException {
      Thread.sleep(1);
      served.incrementAndGet();
      return new Outcome(-1, -1);
    }
  }

  /** A cell whose JIT time at the n-th reading (from 0) is {@code compiled(n)}. */
  private static Runner.Cell cell(Target target, LongUnaryOperator compiled) {
    AtomicInteger readings = new AtomicInteger();
    Probe probe =
        new Probe() {
          @Override
          public long allocatedBytes() {
            return -1;
          }

          @Override
          public long gcMillis() {
            return -1;
          }

          @Override
          public long compilationMillis() {
            return compiled.applyAsLong(readings.getAndIncrement());
          }
        };
    return new Runner.Cell(Subject.BATCHED_ALONE, 0, target, probe, () -> -1);
  }
}
