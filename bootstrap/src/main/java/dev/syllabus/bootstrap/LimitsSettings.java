package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.domain.course.CourseLimits;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The {@code limits} section: how large a course may grow, how heavy a page of trees, and how long
 * an import's Idempotency-Key is remembered.
 */
public class LimitsSettings {

  @Min(1)
  private long maxNodesPerCourse = CourseLimits.DEFAULT.maxNodesPerCourse();

  @Min(1)
  private long maxExercisesPerPage = CourseLimits.DEFAULT.maxExercisesPerPage();

  /**
   * How long an import's Idempotency-Key is remembered: a retry within it is answered as the first
   * request was; after it the key is new.
   */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration idempotencyKeyLifetime = Duration.hours(24);

  @JsonProperty
  public long getMaxNodesPerCourse() {
    return maxNodesPerCourse;
  }

  @JsonProperty
  public void setMaxNodesPerCourse(long maxNodesPerCourse) {
    this.maxNodesPerCourse = maxNodesPerCourse;
  }

  @JsonProperty
  public long getMaxExercisesPerPage() {
    return maxExercisesPerPage;
  }

  @JsonProperty
  public void setMaxExercisesPerPage(long maxExercisesPerPage) {
    this.maxExercisesPerPage = maxExercisesPerPage;
  }

  @JsonProperty
  public Duration getIdempotencyKeyLifetime() {
    return idempotencyKeyLifetime;
  }

  @JsonProperty
  public void setIdempotencyKeyLifetime(Duration idempotencyKeyLifetime) {
    this.idempotencyKeyLifetime = idempotencyKeyLifetime;
  }

  public CourseLimits courseLimits() {
    return new CourseLimits(maxNodesPerCourse, maxExercisesPerPage);
  }
}
