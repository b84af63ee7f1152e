package dev.syllabus.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The JSON floor through HTTP: a JVM of its own that answers the benchmark's two requests with the
 * bytes of the {@link JsonFloor} statement and nothing else, so it can be set beside the service
 * over the same HTTP client. Arguments: port, JDBC URL, user, password.
 */
public final class JsonFloorServer {

  private static final Pattern COURSE = Pattern.compile("/courses/(\\d+)");
  private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=(\\d+)");

  private JsonFloorServer() {}

  public static void main(String[] args) throws IOException {
    DataSource pool = Postgres.pool(new PostgresDatabase(args[1], args[2], args[3]), 16);
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 64);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/courses", exchange -> answer(exchange, pool));
    server.start();
  }

  private static void answer(HttpExchange exchange, DataSource pool) throws IOException {
    try (exchange) {
      byte[] body;
      try (Connection connection = pool.getConnection()) {
        Matcher course = COURSE.matcher(exchange.getRequestURI().getPath());
        if (course.matches()) {
          body = JsonFloor.course(connection, Long.parseLong(course.group(1)));
        } else {
          String query = String.valueOf(exchange.getRequestURI().getQuery());
          Matcher limit = LIMIT.matcher(query);
          body =
              JsonFloor.page(
                  connection,
                  query.contains("published=true"),
                  0,
                  limit.find() ? Integer.parseInt(limit.group(1)) : 20);
        }
      } catch (SQLException | RuntimeException e) {
        byte[] error =
            String.valueOf(e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(500, error.length);
        exchange.getResponseBody().write(error);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Query-Count", "1");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
