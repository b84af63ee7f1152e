package dev.syllabus.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A section of docs/benchmarks.md written apart from the benchmark, between its own markers: the
 * load test writes its section, and the benchmark, which rewrites the rest of the file, keeps it.
 * {@code origin} is the sentence the begin marker says about who writes it.
 */
public record DocsSection(String name, String origin) {

  /** The load test's figures. */
  public static final DocsSection LOAD_TEST =
      new DocsSection("load-test", "Its own program writes this section; the benchmark keeps it.");

  /** The limits check's figures: the largest allowed requests, four at once, in 256 MiB. */
  public static final DocsSection LIMITS =
      new DocsSection("limits", "Its own program writes this section; the benchmark keeps it.");

  /** ViewJsonBenchmark's figures (JMH), and what was decided on them. */
  public static final DocsSection JSON_WRITERS =
      new DocsSection(
          "json-writers",
          "Written by hand from ViewJsonBenchmark's runs (JMH); the benchmark keeps it.");

  /** Where an S request's garbage went, step by step, from async-profiler's allocation profiles. */
  public static final DocsSection SMALL_TREES =
      new DocsSection(
          "small-trees",
          "Written by hand from async-profiler's allocation profiles; the benchmark keeps it.");

  /** Every section the benchmark keeps, in the order it writes them after its own. */
  private static final List<DocsSection> KEPT =
      List.of(LOAD_TEST, LIMITS, JSON_WRITERS, SMALL_TREES);

  /**
   * {@code markdown} followed by every kept section as {@code file} has it, to rewrite the file.
   */
  static String allKeptAfter(String markdown, Path file) throws IOException {
    String text = markdown;
    for (DocsSection kept : KEPT) {
      text = kept.keptAfter(text, file);
    }
    return text;
  }

  String begin() {
    return "<!-- " + name + ": begin. " + origin + " -->";
  }

  String end() {
    return "<!-- " + name + ": end -->";
  }

  /** The section as it stands in {@code text}, markers included, or empty if it has none. */
  String in(String text) {
    int from = text.indexOf(begin());
    int to = text.indexOf(end(), Math.max(from, 0));
    return from < 0 || to < 0 ? "" : text.substring(from, to + end().length());
  }

  /** Writes {@code markdown} as this section of {@code file}: in place of the old one, or last. */
  public void write(Path file, String markdown) throws IOException {
    String text = Files.isRegularFile(file) ? Files.readString(file) : "";
    String section = begin() + "\n\n" + markdown.strip() + "\n\n" + end();
    String old = in(text);
    String updated =
        old.isEmpty()
            ? (text.isEmpty() ? "" : text.stripTrailing() + "\n\n") + section + "\n"
            : text.replace(old, section);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, updated);
  }

  /** {@code markdown} followed by this section as {@code file} has it, to rewrite the file. */
  String keptAfter(String markdown, Path file) throws IOException {
    String kept = Files.isRegularFile(file) ? in(Files.readString(file)) : "";
    return kept.isEmpty() ? markdown : markdown.stripTrailing() + "\n\n" + kept + "\n";
  }
}
