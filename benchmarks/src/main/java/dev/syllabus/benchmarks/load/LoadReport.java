package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.Format;
import dev.syllabus.benchmarks.Machine;
import dev.syllabus.benchmarks.Samples;
import dev.syllabus.benchmarks.load.LoadChecks.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The load test's figures as markdown: how it ran, each check and its figures, each kind of
 * request.
 */
record LoadReport(
    LoadOptions options,
    Machine machine,
    Instant started,
    Duration driven,
    LoadChecks.Run run,
    List<Check> checks) {

  static final String COMMAND = "benchmarks/load-test";

  Tally tally() {
    return run.tally();
  }

  boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }

  String markdown() {
    Tally tally = run.tally();
    StringBuilder md = new StringBuilder();
    md.append("## Load test\n\n");
    md.append("Written by the load test itself; run it again rather than edit this section:\n\n");
    md.append("```sh\n").append(COMMAND).append("\n```\n\n");
    if (!options.isFullRun()) {
      md.append(
          "**A shorter or smaller run than the one the issue asks for (60 s, 64 connections).**\n\n");
    }
    double seconds = driven.toNanos() / 1e9;
    md.append("- **When**: ")
        .append(DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)))
        .append(
            String.format(
                Locale.ROOT,
                "; %d connections for %d s (the clients ran %.1f s in all, to their last answer),"
                    + " each its own `java.net.http.HttpClient` on HTTP/1.1 sending one request"
                    + " after another without pause.%n",
                options.connections(),
                options.duration().toSeconds(),
                seconds));
    md.append("- **Machine**: ").append(machine.text()).append(".\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- **Service**: `bootstrap/target/syllabus.jar server` in a JVM of its own with"
                + " `-Xmx256m`, the repository's `config.yml` with the demo author token and one"
                + " learner token per connection; its own database `%s`, seeded with %d published"
                + " courses of %d modules × %d lessons × %d exercises through the service's"
                + " generator, and dropped afterwards.%n",
            options.database(),
            LoadDatabase.COURSES,
            LoadDatabase.MODULES,
            LoadDatabase.LESSONS,
            LoadDatabase.EXERCISES));
    md.append(
        String.format(
            Locale.ROOT,
            "- **Verdict**: **%s**, %d of %d checks hold; %s requests, %s per second.%n%n",
            passed() ? "PASS" : "FAIL",
            checks.stream().filter(Check::passed).count(),
            checks.size(),
            Format.count(tally.requests()),
            Format.rate(tally.requests() / seconds)));
    md.append(
        "| check, on the database directly after the load | figures | verdict |\n|---|---|---|\n");
    for (Check check : checks) {
      md.append("| ")
          .append(check.rule())
          .append(" | ")
          .append(check.figures().replace("|", "\\|"))
          .append(" | ")
          .append(check.passed() ? "**PASS**" : "**FAIL**")
          .append(" |\n");
    }
    md.append(
        "\n| request | share of the mix | requests | per second | statuses | median ms | p99 ms |\n"
            + "|---|---|---|---|---|---|---|\n");
    for (Kind kind : Kind.values()) {
      Tally.PerKind counts = tally.perKind(kind);
      Samples latencies = counts.latencies();
      md.append("| `")
          .append(kind.request)
          .append("` | ")
          .append(kind.weight)
          .append("% | ")
          .append(Format.count(counts.requests()))
          .append(" | ")
          .append(Format.rate(counts.requests() / seconds))
          .append(" | ")
          .append(statuses(counts))
          .append(" | ")
          .append(latencies == null ? "–" : Format.millis(latencies.medianMillis()))
          .append(" | ")
          .append(latencies == null ? "–" : Format.millis(latencies.p99Millis()))
          .append(" |\n");
    }
    md.append(
        "\nThe mix picks a course at random for each request. A title edit first reads the"
            + " tree (counted as a tree read) and sends its ETag as If-Match, as an author edits"
            + " what they see; a revalidation sends the ETag of the client's last answer for that"
            + " course. A revalidation before any read of its course, or a request that finds no"
            + " exercise left, reads the tree instead. 404, 409, 412 and 422 are the answers a"
            + " change may get when another client got there first; they are counted, not"
            + " failures.\n");
    if (!tally.firstErrors().isEmpty()) {
      md.append("\nFirst things that went wrong:\n\n");
      tally
          .firstErrors()
          .forEach(error -> md.append("- `").append(error.replace("`", "'")).append("`\n"));
    }
    return md.toString();
  }

  private static String statuses(Tally.PerKind counts) {
    Map<Integer, Long> statuses = counts.statuses();
    String answered =
        statuses.entrySet().stream()
            .map(e -> e.getKey() + ": " + Format.count(e.getValue()))
            .collect(Collectors.joining(", "));
    return counts.errors() == 0
        ? answered
        : answered + ", no answer: " + Format.count(counts.errors());
  }
}
