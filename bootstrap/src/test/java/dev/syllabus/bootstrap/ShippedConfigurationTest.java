package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service as the README's run command starts it, from the shipped {@code config.yml}: both
 * ports on loopback only unless {@code HOST} and {@code ADMIN_HOST} open them, the demo tokens
 * accepted there, and a warning that says so.
 */
class ShippedConfigurationTest {

  private static final String DEMO_TOKENS_LOG = DemoTokens.class.getName();

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.shipped("logging.level=WARN").watchingFromStart(DEMO_TOKENS_LOG);

  /** An address of this machine that is not loopback, such as another machine would reach. */
  private static Optional<InetAddress> anotherInterface() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(network -> isUp(network))
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address)
        .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
        .findFirst();
  }

  private static boolean isUp(NetworkInterface network) {
    try {
      return network.isUp();
    } catch (SocketException e) {
      return false;
    }
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
    }
  }

  @Test
  void the_shipped_configuration_listens_on_loopback_only_on_both_connectors() {
    DefaultServerFactory server =
        (DefaultServerFactory) ShippedConfig.withEnvironment(Map.of()).getServerFactory();

    assertThat(server.getApplicationConnectors())
        .singleElement()
        .extracting(connector -> ((HttpConnectorFactory) connector).getBindHost())
        .isEqualTo("127.0.0.1");
    assertThat(server.getAdminConnectors())
        .singleElement()
        .extracting(connector -> ((HttpConnectorFactory) connector).getBindHost())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void host_and_admin_host_open_the_connectors() {
    DefaultServerFactory server =
        (DefaultServerFactory)
            ShippedConfig.withEnvironment(Map.of("HOST", "0.0.0.0", "ADMIN_HOST", "::"))
                .getServerFactory();

    assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getBindHost())
        .isEqualTo("0.0.0.0");
    assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getBindHost())
        .isEqualTo("::");
  }

  @Test
  void it_starts_and_warns_that_it_accepts_the_demo_tokens() {
    assertThat(SYLLABUS.logFromStart(DEMO_TOKENS_LOG).messages())
        .singleElement()
        .asString()
        .startsWith("WARN Accepting the README's public demo tokens (entries demo-author,");
  }

  @Test
  void on_loopback_the_demo_author_token_is_accepted() {
    String unknownCourse = "/courses/999999";

    assertThat(SYLLABUS.call("DELETE", unknownCourse, null, null).statusCode()).isEqualTo(401);
    assertThat(SYLLABUS.call("DELETE", unknownCourse, "demo-author-token", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void neither_port_can_be_reached_from_another_interface() throws IOException {
    Optional<InetAddress> elsewhere = anotherInterface();
    assumeTrue(elsewhere.isPresent(), "this machine has no interface but loopback");

    connect(InetAddress.getLoopbackAddress(), SYLLABUS.port());
    connect(InetAddress.getLoopbackAddress(), SYLLABUS.adminPort());
    assertThatThrownBy(() -> connect(elsewhere.get(), SYLLABUS.port()))
        .isInstanceOf(ConnectException.class);
    assertThatThrownBy(() -> connect(elsewhere.get(), SYLLABUS.adminPort()))
        .isInstanceOf(ConnectException.class);
  }
}
