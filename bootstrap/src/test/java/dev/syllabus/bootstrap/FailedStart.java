package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command as a real {@code server} process on the test classpath, for starts that
 * must refuse: it has to exit 1 within a minute, and what it said on standard error is returned.
 */
final class FailedStart {

  private FailedStart() {}

  /**
   * A test process's environment as the README's command has it: the demo tokens' hashes unset, and
   * for the test, free ports and no wait at stop.
   */
  static void asTheReadmeRunsIt(Map<String, String> environment) {
    environment.remove("AUTHOR_TOKEN_SHA256");
    environment.remove("LEARNER_TOKEN_SHA256");
    environment.put("PORT", "0");
    environment.put("ADMIN_PORT", "0");
    environment.put("SHUTDOWN_WAIT", "0s");
  }

  /** Standard error of a start with these variables set (and the demo token hashes unset). */
  static String standardErrorOf(Map<String, String> variables, Path scratch)
      throws IOException, InterruptedException {
    File stderr = scratch.resolve("stderr.txt").toFile();
    ProcessBuilder server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SyllabusApplication.class.getName(),
                "server",
                ShippedConfig.PATH)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr);
    Map<String, String> environment = server.environment();
    asTheReadmeRunsIt(environment);
    environment.putAll(variables);

    Process process = server.start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }

    String errors = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
    assertThat(exited).as("exited within 60 s; standard error:%n%s", errors).isTrue();
    assertThat(process.exitValue()).as(errors).isEqualTo(1);
    return errors;
  }
}
