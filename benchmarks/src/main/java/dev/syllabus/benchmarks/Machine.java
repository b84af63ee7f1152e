package dev.syllabus.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the figures were measured on: CPU, memory, operating system, JVM, PostgreSQL. */
public record Machine(
    int cores,
    String cpu,
    long memoryMiB,
    String os,
    String jvm,
    String postgres,
    String loadAtStart,
    String loadAtEnd) {

  public static Machine describe(Postgres server) throws SQLException {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        procValue("/proc/meminfo", "MemTotal")
            .map(kb -> Long.parseLong(kb.replaceAll("\\D", "")) / 1024)
            .orElse(-1L),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")",
        postgresVersion(server),
        loadAverage(),
        "");
  }

  /** The same machine, with the load average now, at the end of the run. */
  public Machine withLoadAtEnd() {
    return new Machine(cores, cpu, memoryMiB, os, jvm, postgres, loadAtStart, loadAverage());
  }

  /** Load averages over 1, 5 and 15 minutes: how busy the machine was with others' work too. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  public String text() {
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %,d MiB memory, %s; %s; %s; load average (1 / 5 / 15 min) %s at the"
            + " start%s",
        cores,
        cpu,
        memoryMiB,
        os,
        jvm,
        postgres,
        loadAtStart,
        loadAtEnd.isEmpty() ? "" : ", " + loadAtEnd + " at the end");
  }

  private static String postgresVersion(Postgres server) throws SQLException {
    try (Connection connection = server.database("postgres").connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select version()")) {
      result.next();
      String version = result.getString(1);
      int comma = version.indexOf(',');
      return comma > 0 ? version.substring(0, comma) : version;
    }
  }

  private static java.util.Optional<String> procValue(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
