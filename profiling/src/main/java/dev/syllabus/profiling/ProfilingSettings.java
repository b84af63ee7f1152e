package dev.syllabus.profiling;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code profiling} section: whether API responses carry their cost in headers, when the
 * repeated-statement guard speaks up, whether it fails the request, and how many requests the admin
 * page {@code /queries} keeps.
 */
public class ProfilingSettings {

  /** Off for public traffic that should not learn what each request costs the database. */
  private boolean headers = true;

  @Min(1)
  private int repeatedStatementThreshold = 10;

  private boolean strict = false;

  @Min(1)
  @Max(10_000)
  private int recentRequests = 100;

  @Min(1)
  @Max(1_000)
  private int slowestRequests = 20;

  @JsonProperty
  public boolean isHeaders() {
    return headers;
  }

  @JsonProperty
  public void setHeaders(boolean headers) {
    this.headers = headers;
  }

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

  @JsonProperty
  public int getRecentRequests() {
    return recentRequests;
  }

  @JsonProperty
  public void setRecentRequests(int recentRequests) {
    this.recentRequests = recentRequests;
  }

  @JsonProperty
  public int getSlowestRequests() {
    return slowestRequests;
  }

  @JsonProperty
  public void setSlowestRequests(int slowestRequests) {
    this.slowestRequests = slowestRequests;
  }
}
