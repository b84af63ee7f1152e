package dev.syllabus.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that makes a database look farther away: it forwards bytes both ways and
 * holds each burst from the client for a fixed delay after it arrived, so every round trip pays the
 * delay once, however many reads the burst takes. Answers travel back at once. It counts round
 * trips: bursts from the client after an answer. It lives until closed, on daemon threads. (A
 * client that sent its next burst before the answer to the last, which JDBC does not, would have it
 * forwarded with the last.)
 */
final class DelayProxy implements AutoCloseable {

  private static final int BUFFER = 256 * 1024;
  private static final long MAX_SPIN_NANOS = 100_000;

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private volatile long delayNanos;
  private final long parkOvershootNanos;
  private final AtomicLong roundTrips = new AtomicLong();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private DelayProxy(InetSocketAddress upstream, Duration delay) throws IOException {
    if (!upstream.getAddress().isLoopbackAddress()) {
      throw new IllegalArgumentException("The proxy forwards to loopback only, not " + upstream);
    }
    this.upstream = upstream;
    this.delayNanos = delay.toNanos();
    this.parkOvershootNanos = delayNanos > 0 ? measureParkOvershoot(delayNanos) : 0;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon("proxy-accept", this::acceptLoop);
  }

  /** Listens on a free loopback port and forwards every connection to {@code upstream}. */
  static DelayProxy start(InetSocketAddress upstream, Duration delay) throws IOException {
    return new DelayProxy(upstream, delay);
  }

  int port() {
    return listener.getLocalPort();
  }

  Duration delay() {
    return Duration.ofNanos(delayNanos);
  }

  /** Changes the hold from now on: to leave room for what forwarding itself costs, say. */
  void delay(Duration delay) {
    delayNanos = delay.toNanos();
  }

  /** Bursts from clients that followed an answer (or opened a connection), since the start. */
  long roundTrips() {
    return roundTrips.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(upstream, 5_000);
        for (Socket socket : new Socket[] {client, server}) {
          socket.setTcpNoDelay(true);
          sockets.add(socket);
        }
        AtomicBoolean answered = new AtomicBoolean(true);
        daemon("proxy-hold", () -> hold(client, server, answered));
        daemon("proxy-answer", () -> answer(server, client, answered));
      } catch (IOException e) {
        if (!closed) {
          System.err.println("proxy: " + e.getMessage());
        }
      }
    }
  }

  /**
   * Reads a burst from the client, holds it until the delay after its arrival is over, and forwards
   * it with whatever more of it arrived meanwhile: nothing read after the forward can be part of
   * it, since the client waits for the answer. One thread per direction, so a round trip costs no
   * more thread hand-offs than the proxy needs.
   */
  private void hold(Socket client, Socket server, AtomicBoolean answered) {
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = client.getInputStream();
        OutputStream out = server.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        long due = System.nanoTime() + delayNanos;
        if (answered.getAndSet(false)) {
          roundTrips.incrementAndGet();
        }
        waitUntil(due);
        int held = read;
        while (in.available() > 0) {
          if (held == buffer.length) {
            out.write(buffer, 0, held);
            held = 0;
          }
          held += in.read(buffer, held, Math.min(in.available(), buffer.length - held));
        }
        out.write(buffer, 0, held);
      }
    } catch (IOException e) {
      // the connection ended
    } finally {
      closeQuietly(client, server);
    }
  }

  /** Forwards the server's answers at once. */
  private void answer(Socket server, Socket client, AtomicBoolean answered) {
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = server.getInputStream();
        OutputStream out = client.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        answered.set(true); // before the client can see the answer and send again
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      // the connection ended
    } finally {
      closeQuietly(client, server);
    }
  }

  /**
   * Parks until shortly before the deadline, then spins to it: never early, and late only when the
   * scheduler wakes the thread later than usual. The spin lasts at most {@link #MAX_SPIN_NANOS}.
   */
  private void waitUntil(long due) {
    long wait;
    while ((wait = due - System.nanoTime() - parkOvershootNanos) > 0) {
      LockSupport.parkNanos(wait);
    }
    while (System.nanoTime() < due) {
      Thread.onSpinWait();
    }
  }

  /** How late the scheduler usually wakes a thread parked for the delay, up to a bound. */
  private static long measureParkOvershoot(long delayNanos) {
    long[] late = new long[41];
    for (int i = 0; i < late.length; i++) {
      long start = System.nanoTime();
      LockSupport.parkNanos(delayNanos);
      late[i] = System.nanoTime() - start - delayNanos;
    }
    Arrays.sort(late);
    return Math.max(0, Math.min(late[late.length / 2], MAX_SPIN_NANOS));
  }

  private void closeQuietly(Socket... pair) {
    for (Socket socket : pair) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
      sockets.remove(socket);
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
