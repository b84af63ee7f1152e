package dev.syllabus.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line. {@code --quick} runs every measurement at a fifth of its time budget and writes
 * to {@code benchmarks/target/quick-docs}, to try the benchmark out; its figures are not for
 * reading. {@code --only limits} runs {@link LimitsCheck} instead of the benchmark, {@code --only
 * screens} {@link ScreenReadsCheck}.
 */
record Options(
    double scale,
    Path docs,
    Path serviceJar,
    Path config,
    Path logs,
    double delayMillis,
    boolean keepDatabase,
    String only) {

  static Options parse(String[] args) {
    double scale = 1;
    Path docs = null;
    Path serviceJar = Path.of("bootstrap", "target", "syllabus.jar");
    Path config = Path.of("config.yml");
    double delayMillis = 0.5;
    boolean keep = false;
    String only = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> scale = 0.2;
        case "--scale" -> scale = Double.parseDouble(args[++i]);
        case "--docs" -> docs = Path.of(args[++i]);
        case "--service-jar" -> serviceJar = Path.of(args[++i]);
        case "--config" -> config = Path.of(args[++i]);
        case "--delay-ms" -> delayMillis = Double.parseDouble(args[++i]);
        case "--keep-database" -> keep = true;
        case "--only" -> only = args[++i];
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + "; options: --quick, --scale F, --docs DIR, --service-jar JAR, --config YML,"
                    + " --delay-ms MS, --keep-database, --only limits|screens");
      }
    }
    if (docs == null) {
      docs = scale < 1 ? Path.of("benchmarks", "target", "quick-docs") : Path.of("docs");
    }
    return new Options(
        scale,
        docs,
        serviceJar,
        config,
        Path.of("benchmarks", "target", "logs"),
        delayMillis,
        keep,
        only);
  }

  Duration delay() {
    return Duration.ofNanos(Math.round(delayMillis * 1_000_000));
  }

  void requireFiles() {
    for (Path file : new Path[] {serviceJar, config}) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            file.toAbsolutePath()
                + " is missing. Run from the repository root after"
                + " `mvn -B -q -Pbenchmarks clean package -DskipTests`.");
      }
    }
  }

  /** The jar (or classes directory) this benchmark runs from, to start the JSON floor server. */
  static Path ownJar() {
    try {
      return Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
