package dev.syllabus.profiling;

import io.dropwizard.core.setup.Environment;

/**
 * Watching the queries: what every API request ran in the database, on its response headers, in the
 * N+1 guard's warnings and on the admin pages under {@code /queries} (the requests, the summary by
 * endpoint, each request's statements in order). Per-statement timers are Dropwizard's own, on the
 * admin page {@code /metrics}.
 */
public final class QueryProfiling {

  private QueryProfiling() {}

  /**
   * Profiles the requests of the Jersey environment with the statements the counter records; each
   * profile is named by the request id that the servlet request attribute {@code
   * requestIdAttribute} holds, the one the logs show.
   */
  public static void install(
      Environment environment,
      StatementCounter statements,
      ProfilingSettings settings,
      String requestIdAttribute) {
    RequestProfiles profiles =
        new RequestProfiles(settings.getRecentRequests(), settings.getSlowestRequests());
    EndpointStatistics endpoints = new EndpointStatistics(settings.getEndpoints());
    RepeatedStatementGuard guard =
        new RepeatedStatementGuard(settings.getRepeatedStatementThreshold(), settings.isStrict());
    environment
        .jersey()
        .register(
            new QueryProfilingListener(
                statements,
                settings.getStatementsPerRequest(),
                profile -> {
                  profiles.record(profile);
                  endpoints.record(profile);
                },
                requestIdAttribute));
    environment.jersey().register(new QueryProfilingFilter(guard, settings.isHeaders()));
    environment
        .admin()
        .addServlet(
            "queries",
            new QueriesServlet(
                profiles,
                endpoints,
                environment.getObjectMapper(),
                settings.getRepeatedStatementThreshold()))
        .addMapping(QueriesServlet.HTML, QueriesServlet.JSON, QueriesServlet.PAGES);
  }
}
