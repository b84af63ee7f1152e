package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSectionTest {

  private static final DocsSection SECTION = DocsSection.LOAD_TEST;

  @TempDir Path docs;

  @Test
  void aSectionWrittenIntoAFileWithoutOneComesLastAndTheRestStays() throws Exception {
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nfigures\n");

    SECTION.write(file, "## Load test\n\nfirst run\n");

    assertThat(Files.readString(file))
        .isEqualTo(
            "# Benchmarks\n\nfigures\n\n"
                + SECTION.begin()
                + "\n\n## Load test\n\nfirst run\n\n"
                + SECTION.end()
                + "\n");
  }

  @Test
  void writingTheSectionAgainReplacesOnlyTheSection() throws Exception {
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nfigures\n");
    SECTION.write(file, "## Load test\n\nfirst run");
    Files.writeString(file, Files.readString(file) + "\nafter the section\n");

    SECTION.write(file, "## Load test\n\nsecond run");

    assertThat(Files.readString(file))
        .isEqualTo(
            "# Benchmarks\n\nfigures\n\n"
                + SECTION.begin()
                + "\n\n## Load test\n\nsecond run\n\n"
                + SECTION.end()
                + "\n\nafter the section\n");
  }

  @Test
  void theBenchmarkRewritingTheFileKeepsTheSection() throws Exception {
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nold figures\n");
    SECTION.write(file, "## Load test\n\nits run");
    String section = SECTION.in(Files.readString(file));

    String rewritten = SECTION.keptAfter("# Benchmarks\n\nnew figures\n", file);

    assertThat(rewritten).isEqualTo("# Benchmarks\n\nnew figures\n\n" + section + "\n");
  }

  @Test
  void theBenchmarkKeepsBothSectionsTheLoadTestsFirst() throws Exception {
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nold figures\n");
    DocsSection.JSON_WRITERS.write(file, "## JSON writers\n\ntheir runs");
    DocsSection.LOAD_TEST.write(file, "## Load test\n\nits run");
    String text = Files.readString(file);

    String rewritten = DocsSection.allKeptAfter("# Benchmarks\n\nnew figures\n", file);

    assertThat(rewritten)
        .isEqualTo(
            "# Benchmarks\n\nnew figures\n\n"
                + DocsSection.LOAD_TEST.in(text)
                + "\n\n"
                + DocsSection.JSON_WRITERS.in(text)
                + "\n");
  }

  @Test
  void aFileWithoutTheSectionIsRewrittenAsTheBenchmarkWritesIt() throws Exception {
    Path file = docs.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nold figures\n");

    assertThat(SECTION.keptAfter("# Benchmarks\n\nnew\n", file)).isEqualTo("# Benchmarks\n\nnew\n");
  }
}
