package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.adapter.out.persistence.PostgresSessions;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The {@code database} section: Dropwizard's data source settings, and the bounds of every wait on
 * the database. A request that would wait longer answers 503 instead; no wait is unbounded. The
 * service builds two pools from it, one for writes and one for snapshot reads.
 */
public class DatabaseSettings extends DataSourceFactory {

  /** The URL config.yml uses unless DATABASE_URL says otherwise: no database configured. */
  public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/syllabus";

  @Valid @NotNull private EmbeddedPostgresSettings embedded = new EmbeddedPostgresSettings();

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration statementTimeout = Duration.seconds(5);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration lockTimeout = Duration.seconds(2);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration connectTimeout = Duration.seconds(5);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration socketTimeout = Duration.seconds(15);

  public DatabaseSettings() {
    // Dropwizard waits 30 s for a free connection; a request should rather answer 503 soon.
    setMaxWaitForConnection(Duration.seconds(1));
  }

  /** From now on, this server instead of the configured one: the embedded server, once started. */
  void useServer(String url, String user, String password) {
    setUrl(url);
    setUser(user);
    setPassword(password);
  }

  /** What the pool for writes (and for the commands) sets on its connections. */
  void boundWrites() {
    bound(PostgresSessions.forWrites(javaDuration(statementTimeout), javaDuration(lockTimeout)));
  }

  /** What the pool for reads sets on its connections: bounded, and every transaction a snapshot. */
  void boundSnapshotReads() {
    bound(
        PostgresSessions.forSnapshotReads(
            javaDuration(statementTimeout), javaDuration(lockTimeout)));
  }

  private void bound(String options) {
    getProperties().put("options", options);
    // The driver's own, in seconds: a connection attempt, and any wait for the server's answer.
    getProperties().put("connectTimeout", Long.toString(connectTimeout.toSeconds()));
    getProperties().put("loginTimeout", Long.toString(connectTimeout.toSeconds()));
    getProperties().put("socketTimeout", Long.toString(socketTimeout.toSeconds()));
  }

  @ValidationMethod(
      message =
          "socketTimeout must be longer than statementTimeout: a slow statement is"
              + " cancelled by the server before its socket gives up")
  public boolean isSocketTimeoutLongerThanStatementTimeout() {
    return socketTimeout.toMilliseconds() > statementTimeout.toMilliseconds();
  }

  private static java.time.Duration javaDuration(Duration duration) {
    return java.time.Duration.ofMillis(duration.toMilliseconds());
  }

  @JsonProperty
  public EmbeddedPostgresSettings getEmbedded() {
    return embedded;
  }

  @JsonProperty
  public void setEmbedded(EmbeddedPostgresSettings embedded) {
    this.embedded = embedded;
  }

  @JsonProperty
  public Duration getStatementTimeout() {
    return statementTimeout;
  }

  @JsonProperty
  public void setStatementTimeout(Duration statementTimeout) {
    this.statementTimeout = statementTimeout;
  }

  @JsonProperty
  public Duration getLockTimeout() {
    return lockTimeout;
  }

  @JsonProperty
  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  @JsonProperty
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  @JsonProperty
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  @JsonProperty
  public Duration getSocketTimeout() {
    return socketTimeout;
  }

  @JsonProperty
  public void setSocketTimeout(Duration socketTimeout) {
    this.socketTimeout = socketTimeout;
  }
}
