package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The {@code database.embedded} section: when the service starts a PostgreSQL of its own, so that a
 * first run needs only Java, and where that server keeps its data between runs.
 */
public class EmbeddedPostgresSettings {

  /** When to start the embedded server instead of reaching {@code database.url}. */
  public enum Mode {
    /**
     * Only when {@code database.url} is still the shipped default and nothing answers there: a URL
     * an operator chose is never replaced, however down its server is.
     */
    @JsonProperty("auto")
    AUTO,
    /** Never: {@code database.url} or nothing, as in production. */
    @JsonProperty("never")
    NEVER,
    /** Always, whatever the URL says (and whether anything answers there). */
    @JsonProperty("always")
    ALWAYS
  }

  @NotNull private Mode mode = Mode.AUTO;

  @NotEmpty private String dataDirectory = "syllabus-data/postgres";

  /** 0 for a free port chosen at each start: the data does not depend on the port. */
  @Min(0)
  @Max(65535)
  private int port;

  /**
   * Whether to start the embedded server for this URL.
   *
   * @param answers whether a server answers at a URL; asked only when the answer matters
   */
  boolean wanted(String url, Predicate<String> answers) {
    return switch (mode) {
      case NEVER -> false;
      case ALWAYS -> true;
      case AUTO -> DatabaseSettings.DEFAULT_URL.equals(url) && !answers.test(url);
    };
  }

  /** The data directory, absolute: relative paths are the working directory's. */
  Path dataPath() {
    return Path.of(dataDirectory).toAbsolutePath().normalize();
  }

  @JsonProperty
  public Mode getMode() {
    return mode;
  }

  @JsonProperty
  public void setMode(Mode mode) {
    this.mode = mode;
  }

  @JsonProperty
  public String getDataDirectory() {
    return dataDirectory;
  }

  @JsonProperty
  public void setDataDirectory(String dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @JsonProperty
  public int getPort() {
    return port;
  }

  @JsonProperty
  public void setPort(int port) {
    this.port = port;
  }
}
