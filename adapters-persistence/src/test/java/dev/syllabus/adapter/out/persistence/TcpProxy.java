package dev.syllabus.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of the test PostgreSQL server, for tests in which the database
 * really goes away: {@link #stop()} cuts every connection and refuses new ones, as a stopped server
 * does; {@link #start()} serves again on the same port, as a restarted one does.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  private TcpProxy(InetSocketAddress target, int port) {
    this.target = target;
    this.port = port;
  }

  /** A proxy, serving, to the server the tests' databases are on. */
  public static TcpProxy toTestServer() {
    URI server = URI.create(TestPostgresServer.get().url().substring("jdbc:".length()));
    int port;
    try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TcpProxy proxy =
        new TcpProxy(
            new InetSocketAddress(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()),
            port);
    proxy.start();
    return proxy;
  }

  /** The JDBC URL of {@code database}, through this proxy. */
  public String urlOf(PostgresDatabase database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database.name();
  }

  /** Serves again; new connections reach the server. */
  public synchronized void start() {
    if (listening != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listening = socket;
      Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cuts every connection and refuses new ones. */
  public synchronized void stop() {
    if (listening == null) {
      return;
    }
    closeQuietly(listening);
    listening = null;
    sockets.forEach(TcpProxy::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    stop();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        // Known before connecting, so that stop() cuts them too; and if stop() ran while this one
        // was being accepted, it is cut here: no connection outlives a stop.
        sockets.add(client);
        sockets.add(upstream);
        if (server.isClosed()) {
          closeQuietly(client);
          closeQuietly(upstream);
          return;
        }
        upstream.connect(target);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // Closed by stop(), or the server refused: the client sees its connection end.
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // One side went away: close both below.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Already closed.
    }
  }
}
