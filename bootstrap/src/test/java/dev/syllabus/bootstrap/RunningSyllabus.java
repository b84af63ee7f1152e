package dev.syllabus.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.adapter.out.persistence.StreamingReplication;
import dev.syllabus.adapter.out.persistence.TcpProxy;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole service, started from its real {@code Application} on a fresh PostgreSQL database for
 * one test class, and an HTTP client to call it. Register it as a static {@code @RegisterExtension}
 * field. With {@code -Dsyllabus.test.adapter=memory} (the build's second run of the API suite) it
 * runs on the in-memory adapter instead, with a database address where nothing answers.
 */
final class RunningSyllabus implements BeforeAllCallback, AfterAllCallback {

  /** Whether the service runs on the in-memory adapter rather than on PostgreSQL. */
  static final boolean IN_MEMORY = "memory".equals(System.getProperty("syllabus.test.adapter"));

  /** Where no database answers: proof that the in-memory service never needs one. */
  private static final String NO_DATABASE = "jdbc:postgresql://127.0.0.1:1/no-database";

  /** The logger of the N+1 guard, whose warnings tests read with {@link CapturedLog}. */
  static final String REPEATED_STATEMENT_GUARD = "dev.syllabus.profiling.RepeatedStatementGuard";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FreshDatabase database = FreshDatabase.perClass();
  private final String configPath;
  private final List<ConfigOverride> settings;
  private final TcpProxy proxy;
  // On a server of the test's own: the service creates its database there, and nothing drops it.
  private String serverDatabaseUrl;
  private static final String DATABASE = "syllabus";
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> loggersWatchedFromStart = new ArrayList<>();
  private final Map<String, CapturedLog> logsFromStart = new ConcurrentHashMap<>();
  private DropwizardTestSupport<SyllabusConfiguration> app;
  private ApiContract contract;

  private RunningSyllabus(String configPath, List<ConfigOverride> settings, TcpProxy proxy) {
    this.configPath = configPath;
    this.settings = settings;
    this.proxy = proxy;
  }

  /** The service as {@code test-config.yml} sets it up, with these {@code key=value} changes. */
  static RunningSyllabus with(String... settings) {
    return new RunningSyllabus(
        ResourceHelpers.resourceFilePath("test-config.yml"), overrides(settings), null);
  }

  /** The service as this configuration file sets it up, with these {@code key=value} changes. */
  static RunningSyllabus withConfigFile(String path, String... settings) {
    return new RunningSyllabus(path, overrides(settings), null);
  }

  /**
   * The service as the README runs it, from the shipped {@code config.yml} and the environment the
   * tests run in, on ports the system chooses, with these {@code key=value} changes.
   */
  static RunningSyllabus shipped(String... settings) {
    List<ConfigOverride> overrides = overrides(settings);
    overrides.add(ConfigOverride.config("server.applicationConnectors[0].port", "0"));
    overrides.add(ConfigOverride.config("server.adminConnectors[0].port", "0"));
    // The delayed shutdown waits in the JVM's shutdown hook, long after the test stopped the
    // service: ReadinessShutdownTest tries it in a process of its own.
    overrides.add(ConfigOverride.config("health.delayedShutdownHandlerEnabled", "false"));
    return new RunningSyllabus(ShippedConfig.PATH, overrides, null);
  }

  private static List<ConfigOverride> overrides(String... settings) {
    List<ConfigOverride> overrides = new ArrayList<>();
    for (String setting : settings) {
      String[] keyValue = setting.split("=", 2);
      overrides.add(ConfigOverride.config(keyValue[0], keyValue[1]));
    }
    return overrides;
  }

  /** The same service, reaching its database through the proxy, which a test may stop. */
  RunningSyllabus through(TcpProxy proxy) {
    RunningSyllabus proxied = new RunningSyllabus(configPath, settings, proxy);
    proxied.loggersWatchedFromStart.addAll(loggersWatchedFromStart);
    return proxied;
  }

  /**
   * The service as {@code test-config.yml} sets it up, on the primary of the replication with its
   * replica as replica-1, with these {@code key=value} changes.
   */
  static RunningSyllabus withReplica(StreamingReplication replication, String... settings) {
    List<ConfigOverride> overrides = overrides(settings);
    overrides.add(ConfigOverride.config("replicas.urls", replication.replicaUrl(DATABASE)));
    RunningSyllabus syllabus =
        new RunningSyllabus(ResourceHelpers.resourceFilePath("test-config.yml"), overrides, null);
    syllabus.serverDatabaseUrl = replication.primaryUrl(DATABASE);
    return syllabus;
  }

  /**
   * Also captures what this logger writes while the service starts: from the moment logging is
   * configured, before the application's own {@code run}. Read it with {@link #logFromStart}.
   */
  RunningSyllabus watchingFromStart(String loggerName) {
    loggersWatchedFromStart.add(loggerName);
    return this;
  }

  /** What a logger given to {@link #watchingFromStart} has written since the service started. */
  CapturedLog logFromStart(String loggerName) {
    return logsFromStart.get(loggerName);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    List<ConfigOverride> overrides = new ArrayList<>(settings);
    if (IN_MEMORY) {
      overrides.add(ConfigOverride.config("persistence.adapter", "memory"));
      overrides.add(ConfigOverride.config("database.url", NO_DATABASE));
    } else if (serverDatabaseUrl != null) {
      overrides.add(ConfigOverride.config("database.url", serverDatabaseUrl));
      overrides.add(ConfigOverride.config("database.user", "postgres"));
      overrides.add(ConfigOverride.config("database.password", ""));
    } else {
      PostgresDatabase db = database.create();
      overrides.add(
          ConfigOverride.config("database.url", proxy == null ? db.url() : proxy.urlOf(db)));
      overrides.add(ConfigOverride.config("database.user", db.user()));
      overrides.add(ConfigOverride.config("database.password", db.password()));
    }
    app =
        new DropwizardTestSupport<>(
            SyllabusApplication.class, configPath, overrides.toArray(ConfigOverride[]::new));
    app.addListener(
        new DropwizardTestSupport.ServiceListener<>() {
          @Override
          public void onRun(
              SyllabusConfiguration configuration,
              Environment environment,
              DropwizardTestSupport<SyllabusConfiguration> support) {
            loggersWatchedFromStart.forEach(name -> logsFromStart.put(name, CapturedLog.of(name)));
          }
        });
    app.before();
    // Before any test's request, so that none finds this one as the last the profiler recorded.
    contract = fetchContract();
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    try {
      if (app != null) {
        app.after();
      }
    } finally {
      logsFromStart.values().forEach(CapturedLog::close);
      if (!IN_MEMORY && serverDatabaseUrl == null) {
        database.drop();
      }
    }
  }

  /** The service's own database, for arranging data the API cannot create yet. */
  Jdbi jdbi() {
    if (IN_MEMORY) {
      throw new IllegalStateException("The in-memory service has no database: use the API");
    }
    return database.jdbi();
  }

  /** The bearer tokens test-config.yml accepts. */
  static final String AUTHOR = "test-author-token";

  /** A second author, whose Idempotency-Keys are not the first one's. */
  static final String AUTHOR_2 = "test-author-2-token";

  static final String LEARNER_7 = "test-learner-7-token";
  static final String LEARNER_8 = "test-learner-8-token";

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(app.getLocalPort(), pathAndQuery)).GET().build());
  }

  /** A GET with a bearer token. */
  HttpResponse<String> get(String pathAndQuery, String token) {
    return call("GET", pathAndQuery, token, null);
  }

  /**
   * Any request: a bearer token if not null, a JSON body if not null, and further headers as name,
   * value, name, value, …
   */
  HttpResponse<String> call(
      String method, String pathAndQuery, String token, String json, String... headers) {
    return call(uri(app.getLocalPort(), pathAndQuery), method, token, json, headers);
  }

  /** {@link #call} to any address: the service's, or a proxy's in front of it. */
  HttpResponse<String> call(
      URI address, String method, String token, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(address)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int h = 0; h < headers.length; h += 2) {
      request.header(headers[h], headers[h + 1]);
    }
    return send(request.build());
  }

  /** When the request was sent and its response arrived, for tests that bound how long it took. */
  record Timed(HttpResponse<String> response, Duration took) {}

  Timed timed(String pathAndQuery, String... headers) {
    long start = System.nanoTime();
    HttpResponse<String> response = call("GET", pathAndQuery, null, null, headers);
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  int port() {
    return app.getLocalPort();
  }

  int adminPort() {
    return app.getAdminPort();
  }

  /** The address of a path on the application port, for requests a test builds itself. */
  URI uri(String pathAndQuery) {
    return uri(app.getLocalPort(), pathAndQuery);
  }

  HttpResponse<String> getAdmin(String path) {
    return send(HttpRequest.newBuilder(uri(app.getAdminPort(), path)).GET().build());
  }

  /**
   * The query profiler's data ({@code /queries.json}) once the request to {@code path} is the most
   * recent it shows. A request is recorded after its response is written, so a client can ask
   * before that; this waits at most 5 s, then returns what there is for the assertions to fail on.
   */
  JsonNode profiledAfter(String path) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    JsonNode page = json(getAdmin("/queries.json"));
    while (!path.equals(page.path("recent").path(0).path("path").asText())
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      page = json(getAdmin("/queries.json"));
    }
    return page;
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }

  static int queryCount(HttpResponse<String> response) {
    return Integer.parseInt(
        response
            .headers()
            .firstValue("X-Query-Count")
            .orElseThrow(() -> new AssertionError("no X-Query-Count header")));
  }

  private static URI uri(int port, String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  /**
   * Sends the request, and holds the response to the API's description: an API response that {@code
   * /openapi.json} does not describe fails the test. Admin and documentation pages are not the API.
   */
  HttpResponse<String> send(HttpRequest request) {
    HttpResponse<String> response = sendUnchecked(request);
    if (isApi(request.uri())) {
      List<String> violations = contract.violations(request, response);
      if (!violations.isEmpty()) {
        throw new AssertionError(
            "The response to "
                + request.method()
                + " "
                + request.uri()
                + " breaks /openapi.json: "
                + violations
                + "\n"
                + response.statusCode()
                + " "
                + response.body());
      }
    }
    return response;
  }

  private boolean isApi(URI uri) {
    String path = uri.getRawPath();
    return uri.getPort() == app.getLocalPort()
        && !path.startsWith("/openapi.")
        && !path.startsWith("/api-docs")
        && !path.startsWith("/webjars/");
  }

  /** The contract as the running service states it. */
  private ApiContract fetchContract() {
    HttpResponse<String> description =
        sendUnchecked(HttpRequest.newBuilder(uri("/openapi.json")).GET().build());
    if (description.statusCode() != 200) {
      throw new AssertionError("No /openapi.json: " + description.statusCode());
    }
    return ApiContract.of(description.body());
  }

  private HttpResponse<String> sendUnchecked(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
