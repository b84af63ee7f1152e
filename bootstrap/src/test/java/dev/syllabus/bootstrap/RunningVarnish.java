package dev.syllabus.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.syllabus.adapter.out.httpcache.Varnishd;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Varnish on loopback in front of a running service, with the shipped configuration, for one
 * test class. Register it as a static {@code @RegisterExtension} field. Its port is chosen before
 * the service starts, so that the service can be told where to purge. Skips only where varnishd is
 * not installed ({@code .ci/run} installs it).
 */
final class RunningVarnish implements BeforeAllCallback, AfterAllCallback {

  private static final Path VCL = Path.of("../deploy/varnish/syllabus.vcl");

  private final int port = Varnishd.freePort();
  private final Supplier<RunningSyllabus> service;
  private Varnishd varnishd;

  private RunningVarnish(Supplier<RunningSyllabus> service) {
    this.service = service;
  }

  /**
   * A Varnish in front of the service the supplier returns, which is made after this (it needs
   * {@link #purgeUrl}) and must run before this starts: give it {@code @Order} before this one's.
   */
  static RunningVarnish inFrontOf(Supplier<RunningSyllabus> service) {
    return new RunningVarnish(service);
  }

  /** Where the service sends its purges: this cache. */
  String purgeUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** The address of a path on this cache. */
  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    assumeTrue(Varnishd.installed(), Varnishd.MISSING);
    varnishd = Varnishd.start(VCL, service.get().port(), port);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (varnishd != null) {
      varnishd.close();
    }
  }
}
