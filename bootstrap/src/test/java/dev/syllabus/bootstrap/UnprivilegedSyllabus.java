package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fat jar as the README runs it, {@code java -jar syllabus.jar server config.yml}, in a working
 * directory of its own, by a user PostgreSQL accepts: the test's own, or {@value #USER} through
 * {@code runuser} when the tests run as root. Each start is a new process on the same directory.
 */
final class UnprivilegedSyllabus {

  static final String USER = "nobody";
  private static final List<String> SERVER = List.of("server", "config.yml");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern API_PORT =
      Pattern.compile("Started application@\\w+\\{[^}]*\\}\\{[^}]*:(\\d+)\\}");

  private final Path directory;
  private final Map<String, String> variables;
  private final boolean asRoot;

  private UnprivilegedSyllabus(Path directory, Map<String, String> variables, boolean asRoot) {
    this.directory = directory;
    this.variables = variables;
    this.asRoot = asRoot;
  }

  /**
   * The jar Maven packaged (system property {@code syllabus.jar}) and the shipped config.yml,
   * copied into the directory, which becomes the user's: a checkout under /root is not theirs to
   * read.
   */
  static UnprivilegedSyllabus in(Path directory, Map<String, String> variables)
      throws IOException, InterruptedException {
    String jar = System.getProperty("syllabus.jar");
    assumeTrue(jar != null, "runs in the integration-test phase, which names the packaged jar");
    boolean asRoot = new UnixSystem().getUid() == 0;
    if (asRoot) {
      assumeTrue(
          run("id", "-u", USER) == 0 && run("runuser", "--help") == 0,
          "PostgreSQL refuses root, and there is no user " + USER + " or no runuser to switch to");
    }
    Files.copy(
        Path.of(jar), directory.resolve("syllabus.jar"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        Path.of(ShippedConfig.PATH),
        directory.resolve("config.yml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(directory.resolve("tmp"));
    if (asRoot) {
      UserPrincipal user =
          directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.toList()) {
          Files.setOwner(file, user);
        }
      }
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return new UnprivilegedSyllabus(directory, variables, asRoot);
  }

  private static int run(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }

  /**
   * Stops a PostgreSQL the service left running in its data directory (a failed test's), by the
   * process id in its postmaster.pid, so that a failure does not leave a server behind.
   */
  static void stopLeftoverPostgres(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      // SIGTERM: PostgreSQL's smart shutdown, the service gone, nothing left to wait for.
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }
  }

  /** A new server process, once it answers {@code /ready} with 200. */
  Running start(String name) throws IOException, InterruptedException {
    Path log = directory.resolve(name + ".log");
    Running running = new Running(launch(log, Map.of(), SERVER).start(), log, asRoot);
    running.awaitReady();
    return running;
  }

  /** The log of a server process that had to exit non-zero, with these variables added. */
  String failedStart(String name, Map<String, String> more)
      throws IOException, InterruptedException {
    Path log = directory.resolve(name + ".log");
    int exit = exitOf(launch(log, more, SERVER));
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(exit).as(said).isNotZero();
    return said;
  }

  /** What a command ({@code generate …}, say) printed on standard output; it must succeed. */
  String command(String name, String... arguments) throws IOException, InterruptedException {
    Path log = directory.resolve(name + ".log");
    ProcessBuilder builder = launch(log, Map.of(), List.of(arguments));
    Path out = directory.resolve(name + ".out");
    int exit = exitOf(builder.redirectOutput(out.toFile()));
    assertThat(exit).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int exitOf(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("still running after " + START_TIMEOUT);
    }
    return process.exitValue();
  }

  private ProcessBuilder launch(Path log, Map<String, String> more, List<String> arguments) {
    List<String> command = new ArrayList<>();
    if (asRoot) {
      command.addAll(List.of("runuser", "-u", USER, "--"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // zonky unpacks its binaries under java.io.tmpdir: here, not in a shared /tmp.
            "-Djava.io.tmpdir=" + directory.resolve("tmp"),
            // Jetty would wait its 20 s for the test's idle keep-alive connections at each stop.
            "-Ddw.server.shutdownGracePeriod=1s",
            "-jar",
            "syllabus.jar"));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile());
    Map<String, String> environment = builder.environment();
    FailedStart.asTheReadmeRunsIt(environment);
    environment.putAll(variables);
    environment.putAll(more);
    return builder;
  }

  /** One server process: its log (standard error), its API, and a stop as SIGTERM gives it. */
  static final class Running implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final boolean throughRunuser;
    private final HttpClient http = HttpClient.newHttpClient();
    private URI api;

    private Running(Process process, Path log, boolean throughRunuser) {
      this.process = process;
      this.log = log;
      this.throughRunuser = throughRunuser;
    }

    String log() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void awaitReady() throws InterruptedException {
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (Instant.now().isBefore(deadline)) {
        assertThat(process.isAlive()).as("the server is running; its log:%n%s", log()).isTrue();
        Matcher port = API_PORT.matcher(log());
        if (port.find()) {
          api = URI.create("http://127.0.0.1:" + port.group(1));
          if (get("/ready", Map.of()).statusCode() == 200) {
            return;
          }
        }
        Thread.sleep(250);
      }
      throw new AssertionError("not ready within " + START_TIMEOUT + "; its log:\n" + log());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
      return send(HttpRequest.newBuilder(api.resolve(path)).GET(), headers);
    }

    HttpResponse<String> put(String path, Map<String, String> headers) {
      return send(
          HttpRequest.newBuilder(api.resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()),
          headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
      headers.forEach(request::header);
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /**
     * SIGTERM to the JVM itself, as systemd or Ctrl-C would send it, not to runuser (which kills
     * its child two seconds later, perhaps before PostgreSQL has stopped), and the wait for it.
     */
    @Override
    public void close() throws InterruptedException {
      ProcessHandle server =
          throughRunuser
              ? process.toHandle().children().findFirst().orElseThrow()
              : process.toHandle();
      server.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("did not stop within 60 s; its log:\n" + log());
      }
    }
  }
}
