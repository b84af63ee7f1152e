package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A server under test in a JVM of its own, with a heap limit and JMX on a loopback port, so that
 * its allocation and heap are its own and readable from here. Its output goes to a log file.
 */
public final class ChildJvm implements AutoCloseable {

  static final String HEAP_LIMIT = "-Xmx256m";

  private final Process process;
  private final Path log;
  private final JMXConnector jmx;
  private final Thread killOnExit;

  private ChildJvm(String name, Process process, Path log, JMXConnector jmx) {
    this.process = process;
    this.log = log;
    this.jmx = jmx;
    // An interrupted benchmark must not leave its servers behind.
    this.killOnExit = new Thread(process::destroyForcibly, "stop " + name);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** The service with a loader, on a database the benchmark migrated and filled itself. */
  static List<String> benchmarkSettings(String loading) {
    return List.of(
        "-Ddw.persistence.loading=" + loading,
        "-Ddw.persistence.migrateOnStart=false",
        "-Ddw.demo.seedWhenEmpty=false");
  }

  /**
   * Starts the service's fat jar ({@code server config}) on the database, with these {@code -D}
   * settings, on the ports given, and waits until its admin port's health check answers 200.
   */
  public static ChildJvm service(
      String name,
      List<String> settings,
      Path serviceJar,
      Path config,
      PostgresDatabase database,
      int port,
      int adminPort,
      Path logs)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(settings);
    arguments.addAll(List.of("-jar", serviceJar.toString(), "server", config.toString()));
    return start(
        name,
        arguments,
        Map.of(
            "DATABASE_URL", database.url(),
            "DATABASE_USER", database.user(),
            "DATABASE_PASSWORD", database.password(),
            "PORT", String.valueOf(port),
            "ADMIN_PORT", String.valueOf(adminPort)),
        logs,
        URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"));
  }

  /**
   * Starts {@code java <heap limit> <jmx> <arguments>} and waits until {@code ready} answers 200.
   */
  public static ChildJvm start(
      String name, List<String> arguments, Map<String, String> environment, Path logs, URI ready)
      throws IOException, InterruptedException {
    int jmxPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP_LIMIT);
    command.add("-Dcom.sun.management.jmxremote.port=" + jmxPort);
    command.add("-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort);
    command.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
    command.add("-Dcom.sun.management.jmxremote.authenticate=false");
    command.add("-Dcom.sun.management.jmxremote.ssl=false");
    command.add("-Djava.rmi.server.hostname=127.0.0.1");
    command.addAll(arguments);
    Files.createDirectories(logs);
    Path log = logs.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      awaitReady(name, process, log, ready);
      JMXConnector jmx =
          JMXConnectorFactory.connect(
              new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
      return new ChildJvm(name, process, log, jmx);
    } catch (IOException | RuntimeException | InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  MBeanServerConnection mbeans() throws IOException {
    return jmx.getMBeanServerConnection();
  }

  public boolean alive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      jmx.close();
    } catch (IOException e) {
      // the JVM is going anyway
    }
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    Runtime.getRuntime().removeShutdownHook(killOnExit);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitReady(String name, Process process, Path log, URI ready)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start; see " + log);
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " was not ready within 90 s; see " + log);
  }
}
