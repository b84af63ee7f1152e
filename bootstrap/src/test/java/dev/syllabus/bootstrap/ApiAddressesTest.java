package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the API listens on loopback only: read from the server configuration, before it listens. */
class ApiAddressesTest {

  private static ConnectorFactory boundTo(String bindHost) {
    HttpConnectorFactory connector = new HttpConnectorFactory();
    connector.setBindHost(bindHost);
    return connector;
  }

  private static ApiAddresses applicationConnectorsBoundTo(String... bindHosts) {
    List<ConnectorFactory> connectors = new ArrayList<>();
    for (String bindHost : bindHosts) {
      connectors.add(boundTo(bindHost));
    }
    DefaultServerFactory server = new DefaultServerFactory();
    server.setApplicationConnectors(connectors);
    return ApiAddresses.of(server);
  }

  @Test
  void ipv4_and_ipv6_loopback_addresses_and_localhost_are_loopback() {
    assertThat(applicationConnectorsBoundTo("127.0.0.1").loopbackOnly()).isTrue();
    assertThat(applicationConnectorsBoundTo("127.0.0.2").loopbackOnly()).isTrue();
    assertThat(applicationConnectorsBoundTo("::1").loopbackOnly()).isTrue();
    assertThat(applicationConnectorsBoundTo("localhost").loopbackOnly()).isTrue();
  }

  @Test
  void an_absent_or_blank_bind_host_means_every_interface() {
    assertThat(applicationConnectorsBoundTo((String) null).loopbackOnly()).isFalse();
    assertThat(applicationConnectorsBoundTo("").loopbackOnly()).isFalse();
    assertThat(applicationConnectorsBoundTo(" ").loopbackOnly()).isFalse();
    assertThat(applicationConnectorsBoundTo((String) null)).hasToString("every interface");
  }

  @Test
  void wildcard_and_other_addresses_are_beyond_loopback() {
    assertThat(applicationConnectorsBoundTo("0.0.0.0").loopbackOnly()).isFalse();
    assertThat(applicationConnectorsBoundTo("::").loopbackOnly()).isFalse();
    assertThat(applicationConnectorsBoundTo("192.0.2.10").loopbackOnly()).isFalse();
  }

  @Test
  void a_name_that_does_not_resolve_is_not_known_to_be_loopback() {
    assertThat(applicationConnectorsBoundTo("no-such-host.invalid").loopbackOnly()).isFalse();
  }

  @Test
  void one_connector_beyond_loopback_among_several_is_enough() {
    ApiAddresses api = applicationConnectorsBoundTo("127.0.0.1", "0.0.0.0");

    assertThat(api.loopbackOnly()).isFalse();
    assertThat(api).hasToString("127.0.0.1, 0.0.0.0");
  }

  @Test
  void the_admin_connectors_are_not_the_api() {
    DefaultServerFactory server = new DefaultServerFactory();
    server.setApplicationConnectors(List.of(boundTo("127.0.0.1")));
    server.setAdminConnectors(List.of(boundTo("0.0.0.0")));

    assertThat(ApiAddresses.of(server).loopbackOnly()).isTrue();
  }

  @Test
  void the_simple_server_is_judged_by_its_one_connector() {
    SimpleServerFactory server = new SimpleServerFactory();
    server.setConnector(boundTo("127.0.0.1"));
    assertThat(ApiAddresses.of(server).loopbackOnly()).isTrue();

    server.setConnector(boundTo(null));
    assertThat(ApiAddresses.of(server).loopbackOnly()).isFalse();
  }
}
