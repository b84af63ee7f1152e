package dev.syllabus.bootstrap.profiling;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/**
 * The {@code profiling} section: when the repeated-statement guard speaks up, and whether it fails
 * the request.
 */
public class ProfilingSettings {

  @Min(1)
  private int repeatedStatementThreshold = 10;

  private boolean strict = false;

  @JsonProperty
  public int getRepeatedStatementThreshold() {
    return repeatedStatementThreshold;
  }

  @JsonProperty
  public void setRepeatedStatementThreshold(int repeatedStatementThreshold) {
    this.repeatedStatementThreshold = repeatedStatementThreshold;
  }

  @JsonProperty
  public boolean isStrict() {
    return strict;
  }

  @JsonProperty
  public void setStrict(boolean strict) {
    this.strict = strict;
  }
}
