package dev.syllabus.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The load test's command line: how long, how many connections, and where the service, its
 * configuration and the report are. {@code --short} is a 5-second run with 4 connections whose
 * report goes to {@code benchmarks/target/load-docs}, to try the load test out.
 */
record LoadOptions(
    Duration duration,
    int connections,
    Path docs,
    Path serviceJar,
    Path config,
    Path work,
    String database,
    boolean keepDatabase) {

  static final Duration DEFAULT_DURATION = Duration.ofSeconds(60);
  static final int DEFAULT_CONNECTIONS = 64;

  LoadOptions {
    if (duration.isNegative()
        || duration.isZero()
        || duration.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException("--seconds must be between 1 and 600, was " + duration);
    }
    if (connections < 1 || connections > 512) {
      throw new IllegalArgumentException(
          "--connections must be between 1 and 512, was " + connections);
    }
  }

  static LoadOptions parse(String[] args) {
    Duration duration = DEFAULT_DURATION;
    int connections = DEFAULT_CONNECTIONS;
    Path docs = null;
    Path serviceJar = Path.of("bootstrap", "target", "syllabus.jar");
    Path config = Path.of("config.yml");
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short" -> {
          duration = Duration.ofSeconds(5);
          connections = 4;
        }
        case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(args[++i]));
        case "--connections" -> connections = Integer.parseInt(args[++i]);
        case "--docs" -> docs = Path.of(args[++i]);
        case "--service-jar" -> serviceJar = Path.of(args[++i]);
        case "--config" -> config = Path.of(args[++i]);
        case "--keep-database" -> keep = true;
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + "; options: --short, --seconds S, --connections N, --docs DIR,"
                    + " --service-jar JAR, --config YML, --keep-database");
      }
    }
    boolean full = duration.equals(DEFAULT_DURATION) && connections == DEFAULT_CONNECTIONS;
    if (docs == null) {
      docs = full ? Path.of("docs") : Path.of("benchmarks", "target", "load-docs");
    }
    return new LoadOptions(
        duration,
        connections,
        docs,
        serviceJar,
        config,
        Path.of("benchmarks", "target", "load"),
        LoadDatabase.NAME,
        keep);
  }

  /** Whether this is the run the issue asks for, whose figures belong in docs/benchmarks.md. */
  boolean isFullRun() {
    return duration.equals(DEFAULT_DURATION) && connections == DEFAULT_CONNECTIONS;
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
}
