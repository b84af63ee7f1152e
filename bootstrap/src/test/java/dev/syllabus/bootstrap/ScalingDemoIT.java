package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's whole scaled-out picture, {@code deploy/scaling-demo}, run on the packaged jar as a
 * reader runs it, on free ports: it checks each step of its walk-through itself and exits 0 only if
 * every one showed what it should. Skipped, with the script's reason, only where it cannot run
 * (exit 77: PostgreSQL's server programs, Varnish, haproxy or jq missing, which {@code .ci/run}
 * installs).
 */
class ScalingDemoIT {

  private static final Path SCRIPT = Path.of("..", "deploy", "scaling-demo");
  private static final int CANNOT_RUN_HERE = 77;
  private static final List<String> PORTS =
      List.of(
          "PRIMARY_PORT",
          "REPLICA_PORT",
          "INSTANCE_A_PORT",
          "INSTANCE_A_ADMIN_PORT",
          "INSTANCE_B_PORT",
          "INSTANCE_B_ADMIN_PORT",
          "BALANCER_PORT",
          "CACHE_PORT");
  private static final Pattern WORK_DIRECTORY =
      Pattern.compile("all on 127\\.0\\.0\\.1, in (\\S+):\n");

  @TempDir Path scratch;

  @Test
  void walks_through_a_write_its_read_a_lagging_replica_the_cache_and_a_stopped_primary()
      throws Exception {
    String jar = System.getProperty("syllabus.jar");
    assumeTrue(jar != null, "runs in the integration-test phase, which names the packaged jar");
    Path output = scratch.resolve("scaling-demo.out");
    ProcessBuilder demo =
        new ProcessBuilder(SCRIPT.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> environment = demo.environment();
    environment.put("SYLLABUS_JAR", jar);
    environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<Integer> ports = freePorts(PORTS.size());
    for (int p = 0; p < PORTS.size(); p++) {
      environment.put(PORTS.get(p), Integer.toString(ports.get(p)));
    }

    int exit = run(demo.start());
    String said = Files.readString(output, StandardCharsets.UTF_8);

    assumeTrue(exit != CANNOT_RUN_HERE, said);
    assertThat(exit).as(said).isZero();
    assertThat(said)
        .contains("ok: the write answered Syllabus-Position ")
        .contains("statements: primary 2 (on instance-")
        .contains("ok: the read shows the write")
        .contains("title: Web Development, renamed once")
        .contains("ok: the replica's older copy")
        .contains("statements: replica-1 4 (on instance-")
        .contains("statements: primary 4 (on instance-")
        .contains("X-Cache: HIT")
        .contains("X-Query-Count: 0")
        .contains("ok: the write purged the cached tree: a miss")
        .contains("statements: replica-1 3 (on instance-")
        .contains("Retry-After: 5")
        .contains("ok: a write cannot be made")
        .contains("ok: the instance is still ready")
        .contains("scaling-demo: every step showed what it should");
    Matcher work = WORK_DIRECTORY.matcher(said);
    assertThat(work.find()).as(said).isTrue();
    assertThat(Path.of(work.group(1))).as("its directory, removed on exit").doesNotExist();
    for (int port : ports) {
      assertThat(listening(port)).as("something still listens on port %d", port).isFalse();
    }
  }

  /** Its exit status; a run past 3 minutes is stopped as Ctrl-C would, so that it cleans up. */
  private static int run(Process demo) throws InterruptedException {
    if (!demo.waitFor(3, TimeUnit.MINUTES)) {
      demo.destroy();
      if (!demo.waitFor(30, TimeUnit.SECONDS)) {
        demo.destroyForcibly().waitFor();
      }
      throw new AssertionError("deploy/scaling-demo ran longer than 3 minutes");
    }
    return demo.exitValue();
  }

  /** Distinct free loopback ports, all held open at once while they are picked. */
  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int s = 0; s < count; s++) {
        held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return held.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  private static boolean listening(int port) {
    try {
      new Socket(InetAddress.getLoopbackAddress(), port).close();
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
