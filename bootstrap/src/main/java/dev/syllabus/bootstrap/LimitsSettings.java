package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** The {@code limits} section: how much one request may ask of the service, and for how long. */
public class LimitsSettings {

  /**
   * How long an import's Idempotency-Key is remembered: a retry within it is answered as the first
   * request was; after it the key is new.
   */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration idempotencyKeyLifetime = Duration.hours(24);

  @JsonProperty
  public Duration getIdempotencyKeyLifetime() {
    return idempotencyKeyLifetime;
  }

  @JsonProperty
  public void setIdempotencyKeyLifetime(Duration idempotencyKeyLifetime) {
    this.idempotencyKeyLifetime = idempotencyKeyLifetime;
  }
}
