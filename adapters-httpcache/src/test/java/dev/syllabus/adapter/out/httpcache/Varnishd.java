package dev.syllabus.adapter.out.httpcache;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's varnishd on a loopback port, in the foreground, with the shipped configuration ({@code
 * deploy/varnish/syllabus.vcl}) pointed at a backend port, in a work directory of its own that
 * {@link #close} removes: for the tests and the benchmark, which stop it by its process.
 */
public final class Varnishd implements AutoCloseable {

  /** Where Debian's varnish package installs it. */
  public static final Path BINARY = Path.of("/usr/sbin/varnishd");

  /** Why it cannot run here, for a test to skip with. */
  public static final String MISSING =
      "needs Debian's varnish and varnish-modules (apt-get install varnish varnish-modules)";

  private final int port;
  private final Path workDir;
  private final Process process;

  private Varnishd(int port, Path workDir, Process process) {
    this.port = port;
    this.workDir = workDir;
    this.process = process;
  }

  public static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * A free loopback port, for a Varnish whose address is needed before it starts. It is drawn below
   * Linux's ephemeral range (32768 and up), which a port freed by {@code new ServerSocket(0)} would
   * be in: a server started meanwhile on port 0, such as the service the cache is for, could be
   * given that very port, and varnishd then failed to listen while the test talked to the server.
   */
  public static int freePort() {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // another one
      }
    }
    throw new IllegalStateException("no free port between 20000 and 32000 on loopback");
  }

  /**
   * Starts varnishd on {@code port} with {@code vcl} (whose backend says {@code .port = "8080";})
   * pointed at {@code backendPort}, with these further {@code -p} parameters, and waits until it
   * listens.
   */
  public static Varnishd start(Path vcl, int backendPort, int port, String... parameters)
      throws IOException, InterruptedException {
    // varnishd drops to its own users (varnish, vcache): they must reach the work directory.
    Path workDir =
        Files.createTempDirectory(
            "syllabus-varnish-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    String shipped = Files.readString(vcl);
    String pointed = shipped.replace(".port = \"8080\";", ".port = \"" + backendPort + "\";");
    if (pointed.equals(shipped)) {
      throw new IllegalStateException(vcl + " no longer names its backend as .port = \"8080\";");
    }
    Path pointedVcl = Files.writeString(workDir.resolve("syllabus.vcl"), pointed);
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "-F",
                "-n",
                workDir.resolve("instance").toString(),
                "-a",
                "127.0.0.1:" + port,
                "-T",
                "none",
                "-f",
                pointedVcl.toString(),
                "-s",
                "malloc,256m"));
    for (String parameter : parameters) {
      command.add("-p");
      command.add(parameter);
    }
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("varnishd.log").toFile())
            .start();
    Varnishd varnishd = new Varnishd(port, workDir, process);
    try {
      varnishd.awaitListening();
    } catch (IOException | RuntimeException | InterruptedException e) {
      varnishd.close();
      throw e;
    }
    return varnishd;
  }

  public int port() {
    return port;
  }

  /** The address of a path on this cache. */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
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

  /** Stops it by its process (SIGTERM: the manager stops its child and exits), then its files. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
