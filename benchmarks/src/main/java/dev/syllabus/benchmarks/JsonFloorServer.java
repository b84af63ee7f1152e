package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The JSON floor through HTTP: a JVM of its own that answers the benchmark's two requests with the
 * bytes of the {@link JsonFloor} statement and nothing else, so it can be set beside the service
 * over the same HTTP client. It runs on Jetty, as the service does, so that the two differ in the
 * work behind HTTP, not in their HTTP servers (the JDK's {@code HttpServer} took about 20 ms more
 * than the statement for M's 388 KiB). Arguments: port, JDBC URL, user, password.
 */
public final class JsonFloorServer {

  private static final Pattern COURSE = Pattern.compile("/courses/(\\d+)");
  private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=(\\d+)");

  private JsonFloorServer() {}

  public static void main(String[] args) throws Exception {
    DataSource pool = Postgres.floorPool(new PostgresDatabase(args[1], args[2], args[3]), 16);
    Server server = new Server(new QueuedThreadPool(16));
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(Integer.parseInt(args[0]));
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            answer(request, response, callback, pool);
            return true;
          }
        });
    server.start();
    server.join();
  }

  private static void answer(
      Request request, Response response, Callback callback, DataSource pool) {
    byte[] body;
    try (Connection connection = pool.getConnection()) {
      Matcher course = COURSE.matcher(Request.getPathInContext(request));
      if (course.matches()) {
        body = JsonFloor.course(connection, Long.parseLong(course.group(1)));
      } else {
        String query = String.valueOf(request.getHttpURI().getQuery());
        Matcher limit = LIMIT.matcher(query);
        body =
            JsonFloor.page(
                connection,
                query.contains("published=true"),
                0,
                limit.find() ? Integer.parseInt(limit.group(1)) : 20);
      }
    } catch (SQLException | RuntimeException e) {
      Response.writeError(request, response, callback, 500, String.valueOf(e.getMessage()));
      return;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Query-Count", "1");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
