package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.domain.course.CourseLimits;
import jakarta.validation.constraints.Min;

/** The {@code limits} section: how large a course may grow, and how heavy a page of trees. */
public class LimitsSettings {

  @Min(1)
  private long maxNodesPerCourse = CourseLimits.DEFAULT.maxNodesPerCourse();

  @Min(1)
  private long maxExercisesPerPage = CourseLimits.DEFAULT.maxExercisesPerPage();

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

  public CourseLimits courseLimits() {
    return new CourseLimits(maxNodesPerCourse, maxExercisesPerPage);
  }
}
