package dev.syllabus.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Varnish (Debian's varnishd) on loopback in front of a running service, with the shipped
 * configuration ({@code deploy/varnish/syllabus.vcl}) pointed at the service's port, for one test
 * class. Register it after the service, as a static {@code @RegisterExtension} field. Its port is
 * chosen before the service starts, so that the service can be told where to purge. Skips only
 * where varnishd is not installed ({@code .ci/run} installs it).
 */
final class RunningVarnish implements BeforeAllCallback, AfterAllCallback {

  private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");
  private static final Path VCL = Path.of("../deploy/varnish/syllabus.vcl");

  private final int port = freePort();
  private final Supplier<RunningSyllabus> service;
  private Path workDir;
  private Process varnishd;

  private RunningVarnish(Supplier<RunningSyllabus> service) {
    this.service = service;
  }

  /**
   * A Varnish in front of the service the supplier returns, which is made after this (it needs
   * {@link #purgeUrl}) and must run before this starts: give it {@code @Order} before this one's.
   */
  static RunningVarnish inFrontOf(Supplier<RunningSyllabus> service) {
    return new RunningVarnish(service);
  }

  /** Where the service sends its purges: this cache. */
  String purgeUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** The address of a path on this cache. */
  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    assumeTrue(
        Files.isExecutable(VARNISHD),
        "needs Debian's varnish and varnish-modules (apt-get install varnish varnish-modules)");
    // varnishd drops to its own users (varnish, vcache): they must reach the work directory.
    workDir =
        Files.createTempDirectory(
            "syllabus-varnish-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Path vcl = workDir.resolve("syllabus.vcl");
    String shipped = Files.readString(VCL);
    String pointed =
        shipped.replace(".port = \"8080\";", ".port = \"" + service.get().port() + "\";");
    if (pointed.equals(shipped)) {
      throw new IllegalStateException(VCL + " no longer names its backend as .port = \"8080\";");
    }
    Files.writeString(vcl, pointed);
    varnishd =
        new ProcessBuilder(
                VARNISHD.toString(),
                "-F",
                "-n",
                workDir.resolve("instance").toString(),
                "-a",
                "127.0.0.1:" + port,
                "-T",
                "none",
                "-f",
                vcl.toString(),
                "-s",
                "malloc,32m")
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("varnishd.log").toFile())
            .start();
    awaitListening();
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!varnishd.isAlive()) {
        throw new IllegalStateException("varnishd stopped: " + log());
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("varnishd did not listen within 30 s: " + log());
  }

  private String log() throws IOException {
    return Files.readString(workDir.resolve("varnishd.log"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (varnishd != null) {
      // SIGTERM: the manager stops its child and exits.
      varnishd.destroy();
      if (!varnishd.waitFor(20, TimeUnit.SECONDS)) {
        varnishd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (workDir != null) {
      try (Stream<Path> files = Files.walk(workDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(RunningVarnish::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
