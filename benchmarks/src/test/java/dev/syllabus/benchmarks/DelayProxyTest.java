package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DelayProxyTest {

  private ServerSocket echo;

  @BeforeEach
  void startEchoServer() throws IOException {
    echo = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread server =
        new Thread(
            () -> {
              try (Socket socket = echo.accept()) {
                socket.setTcpNoDelay(true);
                socket.getInputStream().transferTo(socket.getOutputStream());
              } catch (IOException closed) {
                // the test is over
              }
            });
    server.setDaemon(true);
    server.start();
  }

  @AfterEach
  void stopEchoServer() throws IOException {
    echo.close();
  }

  @Test
  void forwardsEveryByteBothWaysUnchanged() throws IOException {
    byte[] sent = new byte[1_000_000];
    new Random(7).nextBytes(sent);
    try (DelayProxy proxy = DelayProxy.start(echoAddress(), Duration.ofMillis(1));
        Socket client = connect(proxy)) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  client.getOutputStream().write(sent);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      writer.start();

      assertThat(client.getInputStream().readNBytes(sent.length)).isEqualTo(sent);
    }
  }

  @Test
  void everyRoundTripPaysTheDelayOnce() throws IOException {
    try (DelayProxy proxy = DelayProxy.start(echoAddress(), Duration.ofMillis(20));
        Socket client = connect(proxy)) {
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        roundTrip(client, new byte[] {(byte) i});
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isBetween(Duration.ofMillis(5 * 19), Duration.ofMillis(5 * 60));
      assertThat(proxy.roundTrips()).isEqualTo(5);
    }
  }

  @Test
  void aBurstWrittenInManyPiecesIsHeldOnceNotOncePerPiece() throws IOException {
    try (DelayProxy proxy = DelayProxy.start(echoAddress(), Duration.ofMillis(50));
        Socket client = connect(proxy)) {
      OutputStream out = client.getOutputStream();
      long start = System.nanoTime();
      for (int piece = 0; piece < 10; piece++) {
        out.write(new byte[100]);
        out.flush();
      }
      client.getInputStream().readNBytes(1_000);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isBetween(Duration.ofMillis(48), Duration.ofMillis(150));
      assertThat(proxy.roundTrips()).isEqualTo(1);
    }
  }

  @Test
  void forwardsOnlyToLoopback() {
    assertThatThrownBy(
            () -> DelayProxy.start(new InetSocketAddress("192.0.2.1", 5432), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback only");
  }

  private InetSocketAddress echoAddress() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort());
  }

  private static Socket connect(DelayProxy proxy) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
    socket.setTcpNoDelay(true);
    return socket;
  }

  private static void roundTrip(Socket client, byte[] message) throws IOException {
    client.getOutputStream().write(message);
    InputStream in = client.getInputStream();
    assertThat(in.readNBytes(message.length)).isEqualTo(message);
  }
}
