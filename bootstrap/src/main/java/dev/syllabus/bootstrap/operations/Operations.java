package dev.syllabus.bootstrap.operations;

import io.dropwizard.core.setup.Environment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/**
 * What operators need of a running service: request ids on the application port, and the Dropwizard
 * metrics in Prometheus's text format on the admin port. Readiness, structured logs and the request
 * log are Dropwizard's own, set up in the configuration ({@code health}, {@code logging}, {@code
 * server.requestLog}); the shipped request log writes its lines in batches ({@link
 * BatchedConsoleAppenderFactory}, {@code type: console-batched}).
 */
public final class Operations {

  /** The admin path Prometheus scrapes. */
  public static final String PROMETHEUS = "/prometheus";

  private Operations() {}

  public static void install(Environment environment, RequestIds requestIds) {
    environment
        .servlets()
        .addFilter("request-id", new RequestIdFilter(requestIds))
        // First of the application's filters, so that whatever they answer carries the id; once
        // per request, so that a later dispatch of it cannot give it a second id.
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment.jersey().register(new RequestIdExceptionMapper());

    // A registry of its own rather than the JVM-wide default: one per application instance.
    PrometheusRegistry registry = new PrometheusRegistry();
    DropwizardExports.builder().dropwizardRegistry(environment.metrics()).register(registry);
    environment
        .admin()
        .addServlet("prometheus", new PrometheusMetricsServlet(registry))
        .addMapping(PROMETHEUS);
  }
}
