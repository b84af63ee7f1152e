package dev.syllabus.bootstrap;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the API will listen, read from the server configuration before anything listens: one {@code
 * bindHost} per application connector, empty for every interface. That is what an absent {@code
 * bindHost} means to Jetty; a blank one, or a connector type without one, is taken to mean it too,
 * which is the safe guess.
 */
record ApiAddresses(List<String> bindHosts) {

  ApiAddresses {
    bindHosts = List.copyOf(bindHosts);
  }

  static ApiAddresses of(ServerFactory server) {
    List<ConnectorFactory> connectors = List.of();
    if (server instanceof DefaultServerFactory separate) {
      connectors = separate.getApplicationConnectors();
    } else if (server instanceof SimpleServerFactory shared) {
      connectors = List.of(shared.getConnector());
    }
    List<String> hosts = new ArrayList<>();
    for (ConnectorFactory connector : connectors) {
      hosts.add(
          connector instanceof HttpConnectorFactory http && http.getBindHost() != null
              ? http.getBindHost().strip()
              : "");
    }
    if (hosts.isEmpty()) {
      hosts.add(""); // a server type of unknown shape: assume the worst
    }
    return new ApiAddresses(hosts);
  }

  /** True when every connector is bound to a name or address that resolves to loopback only. */
  boolean loopbackOnly() {
    return bindHosts.stream().allMatch(ApiAddresses::isLoopback);
  }

  private static boolean isLoopback(String host) {
    if (host.isEmpty()) {
      return false;
    }
    try {
      return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** For messages: {@code 127.0.0.1, every interface}. */
  @Override
  public String toString() {
    return bindHosts.stream()
        .map(host -> host.isEmpty() ? "every interface" : host)
        .collect(Collectors.joining(", "));
  }
}
