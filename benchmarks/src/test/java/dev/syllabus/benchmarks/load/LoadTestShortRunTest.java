package dev.syllabus.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole load test, shortened to 5 s with 4 connections, against the service's fat jar that the
 * reactor built before this module: every check holds, and the figures land in their section.
 */
class LoadTestShortRunTest {

  @Test
  void aShortRunPassesEveryCheckAndWritesItsSection() throws Exception {
    Path target = Path.of("target");
    LoadOptions options =
        new LoadOptions(
            Duration.ofSeconds(5),
            4,
            target.resolve("load-test-docs"),
            Path.of("..", "bootstrap", "target", "syllabus.jar"),
            Path.of("..", "config.yml"),
            target.resolve("load-test-work"),
            "syllabus_load_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
            false);

    LoadReport report = new LoadTest(options).run();

    assertThat(report.checks())
        .allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    assertThat(report.tally().requests()).isPositive();
    assertThat(report.tally().perKind(Kind.ADD_EXERCISE).requests()).isPositive();
    assertThat(Files.readString(options.docs().resolve("benchmarks.md")))
        .contains("## Load test")
        .contains("- **Verdict**: **PASS**");
  }
}
