package dev.syllabus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warms every cell up on every shape before any is measured, until the JVM that serves it has
 * stopped compiling: the figures are meant to be those of compiled code. It serves the shapes in
 * rounds, each shape for at least one request and a time slice, so that the cheap shapes, which
 * exercise the per-request path (Jersey, Jackson, Jdbi, the filters) most, get thousands of
 * requests, not one per L request; after each round it compares the JIT time the round added with
 * the round's wall time. It warms the servers through HTTP; JMH warms the subjects in process.
 */
final class WarmUp {

  private static final List<Shape> SHAPES = List.of(Shape.S, Shape.M, Shape.PAGE, Shape.L);

  /**
   * Each shape's share of a round: S then gets dozens to hundreds of requests a round, thousands
   * over a warm-up, and L at least one.
   */
  static final Duration SLICE = Duration.ofMillis(300);

  /**
   * The share of a round's wall time below which the JIT counts as quiet. While it still compiles
   * the path the requests take, compiling takes a large share of the round (its threads compete
   * with the requests for the 2 cores); once that path is compiled only stray compilations remain
   * (a branch taken late, a recompilation after a deoptimization), which rarely add up to nothing,
   * so a threshold of zero would mostly end at the cap.
   */
  static final double QUIET = 0.02;

  /**
   * Quiet rounds in a row that end the warm-up: between tiers the JIT can pause while methods
   * gather the invocations that make them hot, and one quiet round may be that pause.
   */
  static final int QUIET_ROUNDS = 2;

  /** Even a JVM that looks quiet from the start serves every shape this long. */
  static final Duration MIN = Duration.ofSeconds(3);

  /**
   * A cell whose JIT does not quiet down gives up here: the log then says "not quiet". The service
   * needs 70 to 80 s of load on 2 cores before C2 has compiled its request path (Jetty, Jersey,
   * HK2, Jdbi, the driver inlined into the resource, 0.5 to 1.6 s a method: the sixth round in
   * docs/benchmarks.md); a cap of 40 s measured its S figures while one core still compiled.
   */
  static final Duration CAP = Duration.ofSeconds(100);

  /**
   * All cells together, about 8 minutes, so that the whole benchmark stays within about 22 minutes
   * on 2 cores. The four service cells take their caps. When the first cells use up their caps, the
   * last ones get less, down to {@link #MIN}, which the log shows.
   */
  static final Duration TOTAL = Duration.ofSeconds(500);

  /**
   * How one cell's warm-up ended: the last round's wall and JIT time (-1 if not told), and how many
   * rounds in a row were quiet by then.
   */
  record Warmed(
      long nanos,
      int requests,
      int errors,
      long roundNanos,
      long roundCompileMillis,
      int quietRounds) {

    /** Whether the JIT was quiet by the rule, not merely in the last round. */
    boolean quiet() {
      return quietRounds >= QUIET_ROUNDS;
    }

    static boolean quietRound(long roundNanos, long roundCompileMillis) {
      return roundCompileMillis >= 0 && roundCompileMillis < QUIET * roundNanos / 1e6;
    }
  }

  private final double scale;

  WarmUp(double scale) {
    this.scale = scale;
  }

  /**
   * Warms the cells up one after the other, each until its JIT is quiet, for at least {@link #MIN}
   * and at most {@link #CAP}, less if {@link #TOTAL} runs out; prints and returns a line per cell.
   * A cell whose requests keep failing is reported and left to fail in its measurement.
   */
  static List<String> all(List<Runner.Cell> cells, double scale) {
    return new WarmUp(scale).run(cells);
  }

  private List<String> run(List<Runner.Cell> cells) {
    List<String> outcomes = new ArrayList<>();
    long deadline = System.nanoTime() + scaled(TOTAL);
    for (int i = 0; i < cells.size(); i++) {
      Runner.Cell cell = cells.get(i);
      long reserved = scaled(MIN) * (cells.size() - 1 - i); // the minimum for the cells after it
      long cap =
          Math.min(scaled(CAP), Math.max(scaled(MIN), deadline - System.nanoTime() - reserved));
      String name =
          String.format(
              Locale.ROOT,
              "%s, %s, %s ms",
              cell.subject().what(),
              cell.subject().how(),
              Format.millis(cell.delayMillis()));
      String outcome;
      try {
        outcome = name + ": " + describe(warm(cell, cap), cap);
      } catch (Exception e) {
        outcome = name + ": warm-up failed: " + e;
      }
      System.out.println("  " + outcome);
      outcomes.add(outcome);
    }
    return outcomes;
  }

  /**
   * Rounds of every shape until {@link #QUIET_ROUNDS} in a row are quiet after the minimum, or
   * until the cap.
   */
  Warmed warm(Runner.Cell cell, long cap) throws Exception {
    Runner.Errors errors = new Runner.Errors();
    long start = System.nanoTime();
    long compiled = cell.probe().compilationMillis();
    int requests = 0;
    int quietRounds = 0;
    while (true) {
      long roundStart = System.nanoTime();
      for (Shape shape : SHAPES) {
        long end = System.nanoTime() + scaled(SLICE);
        do {
          if (errors.call(() -> cell.target().serve(shape)) != null) {
            requests++;
          }
        } while (System.nanoTime() < end);
      }
      long now = System.nanoTime();
      long compiledNow = cell.probe().compilationMillis();
      long roundCompile = compiled < 0 || compiledNow < 0 ? -1 : compiledNow - compiled;
      compiled = compiledNow;
      quietRounds = Warmed.quietRound(now - roundStart, roundCompile) ? quietRounds + 1 : 0;
      Warmed warmed =
          new Warmed(
              now - start, requests, errors.count(), now - roundStart, roundCompile, quietRounds);
      if ((warmed.quiet() && now - start >= scaled(MIN)) || now - start >= cap) {
        return warmed;
      }
    }
  }

  private static String describe(Warmed warmed, long cap) {
    String how;
    if (warmed.quiet()) {
      how = "JIT quiet after";
    } else if (warmed.roundCompileMillis() < 0) {
      how = "JIT time unknown, warmed to its cap,";
    } else {
      how = String.format(Locale.ROOT, "JIT NOT quiet at its %s s cap,", seconds(cap));
    }
    long compile = warmed.roundCompileMillis();
    return String.format(
        Locale.ROOT,
        "%s %s s, %s requests%s; last round %s s, %s",
        how,
        seconds(warmed.nanos()),
        Format.count(warmed.requests()),
        warmed.errors() > 0 ? ", " + warmed.errors() + " FAILED" : "",
        seconds(warmed.roundNanos()),
        compile < 0
            ? "compile time unknown"
            : String.format(
                Locale.ROOT,
                "%s ms compiling (%.1f%%)",
                Format.count(compile),
                100.0 * compile / (warmed.roundNanos() / 1e6)));
  }

  private long scaled(Duration duration) {
    return Math.round(duration.toNanos() * scale);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }
}
