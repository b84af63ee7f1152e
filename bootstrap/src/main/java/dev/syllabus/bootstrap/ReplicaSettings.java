package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code replicas} section: streaming replicas of the {@code database} that serve reads, and
 * how they are kept in rotation. None by default: every read on the primary, as without the
 * section.
 */
public class ReplicaSettings {

  /** JDBC URLs of streaming replicas of the database; the first is replica-1, and so on. */
  @NotNull private List<@NotBlank String> urls = new ArrayList<>();

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration maxLag = Duration.seconds(5);

  @NotNull
  @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
  private Duration checkInterval = Duration.seconds(1);

  /** The name of the replica at this index of {@code urls}, from 0: its health check's too. */
  static String nameOf(int index) {
    return "replica-" + (index + 1);
  }

  @JsonProperty
  public List<String> getUrls() {
    return urls;
  }

  @JsonProperty
  public void setUrls(List<String> urls) {
    this.urls = urls;
  }

  @JsonProperty
  public Duration getMaxLag() {
    return maxLag;
  }

  @JsonProperty
  public void setMaxLag(Duration maxLag) {
    this.maxLag = maxLag;
  }

  @JsonProperty
  public Duration getCheckInterval() {
    return checkInterval;
  }

  @JsonProperty
  public void setCheckInterval(Duration checkInterval) {
    this.checkInterval = checkInterval;
  }
}
