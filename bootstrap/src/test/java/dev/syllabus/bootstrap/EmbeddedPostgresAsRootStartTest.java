package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as root where it would need the embedded PostgreSQL (which refuses
 * root): a real {@code server} process that exits 1 before it creates the data directory, with one
 * message on standard error saying why and how to proceed, and no stack trace.
 */
class EmbeddedPostgresAsRootStartTest {

  @TempDir Path scratch;

  @Test
  void as_root_the_server_refuses_the_embedded_postgresql_and_says_how_to_proceed()
      throws IOException, InterruptedException {
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows") && new UnixSystem().getUid() == 0,
        "runs only as root, which the tests are not here (EmbeddedPostgresRootRefusalTest checks"
            + " the message; EmbeddedPostgresIT starts the embedded server for real)");
    Path data = scratch.resolve("postgres");

    String errors =
        FailedStart.standardErrorOf(
            Map.of("DATABASE_EMBEDDED", "always", "DATABASE_EMBEDDED_DIR", data.toString()),
            scratch);

    assertThat(errors)
        .contains("database.embedded.mode is always, so the service would start an embedded")
        .contains("but it runs as root, and PostgreSQL refuses to")
        .contains("runuser -u USER -- java -jar")
        .contains("PERSISTENCE_ADAPTER=memory")
        .doesNotContain("\tat ");
    assertThat(Files.exists(data)).isFalse();
  }
}
