package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.profiling.ProfilingSettings;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The service's configuration: Dropwizard's server and logging, plus the sections below. */
public class SyllabusConfiguration extends Configuration {

  @Valid @NotNull private DatabaseSettings database = new DatabaseSettings();

  @Valid @NotNull private PersistenceSettings persistence = new PersistenceSettings();

  @Valid @NotNull private DemoSettings demo = new DemoSettings();

  @Valid @NotNull private AuthSettings auth = new AuthSettings();

  @Valid @NotNull private ApiSettings api = new ApiSettings();

  @Valid @NotNull private LimitsSettings limits = new LimitsSettings();

  @Valid @NotNull private ReplicaSettings replicas = new ReplicaSettings();

  @JsonProperty
  public ReplicaSettings getReplicas() {
    return replicas;
  }

  @JsonProperty
  public void setReplicas(ReplicaSettings replicas) {
    this.replicas = replicas;
  }

  @Valid @NotNull private HttpCacheSettings httpCache = new HttpCacheSettings();

  @JsonProperty
  public HttpCacheSettings getHttpCache() {
    return httpCache;
  }

  @JsonProperty
  public void setHttpCache(HttpCacheSettings httpCache) {
    this.httpCache = httpCache;
  }

  @JsonProperty
  public LimitsSettings getLimits() {
    return limits;
  }

  @JsonProperty
  public void setLimits(LimitsSettings limits) {
    this.limits = limits;
  }

  @JsonProperty
  public AuthSettings getAuth() {
    return auth;
  }

  @JsonProperty
  public void setAuth(AuthSettings auth) {
    this.auth = auth;
  }

  @JsonProperty
  public ApiSettings getApi() {
    return api;
  }

  @JsonProperty
  public void setApi(ApiSettings api) {
    this.api = api;
  }

  @Valid @NotNull private ProfilingSettings profiling = new ProfilingSettings();

  @JsonProperty("database")
  public DatabaseSettings getDataSourceFactory() {
    return database;
  }

  @JsonProperty("database")
  public void setDataSourceFactory(DatabaseSettings database) {
    this.database = database;
  }

  @JsonProperty
  public PersistenceSettings getPersistence() {
    return persistence;
  }

  @JsonProperty
  public void setPersistence(PersistenceSettings persistence) {
    this.persistence = persistence;
  }

  @JsonProperty
  public DemoSettings getDemo() {
    return demo;
  }

  @JsonProperty
  public void setDemo(DemoSettings demo) {
    this.demo = demo;
  }

  @JsonProperty
  public ProfilingSettings getProfiling() {
    return profiling;
  }

  @JsonProperty
  public void setProfiling(ProfilingSettings profiling) {
    this.profiling = profiling;
  }

  /** The configured database, for creating it and migrating it outside the pool. */
  public PostgresDatabase postgresDatabase() {
    return new PostgresDatabase(database.getUrl(), database.getUser(), database.getPassword());
  }
}
