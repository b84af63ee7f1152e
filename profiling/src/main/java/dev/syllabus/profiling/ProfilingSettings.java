package dev.syllabus.profiling;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code profiling} section: whether API responses carry their cost in headers, when the
 * repeated-statement guard speaks up, whether it fails the request, and what the admin pages {@code
 * /queries} keep: how many requests, how many of a request's statements one by one, and how many
 * endpoints they sum up.
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

  /** Bounds a request's memory on the profiler's pages, whatever it runs: 0 keeps none. */
  @Min(0)
  @Max(10_000)
  private int statementsPerRequest = 1_000;

  /** Bounds the summary by endpoint; requests of further endpoints are summed in one row. */
  @Min(1)
  @Max(10_000)
  private int endpoints = 200;

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

  @JsonProperty
  public int getStatementsPerRequest() {
    return statementsPerRequest;
  }

  @JsonProperty
  public void setStatementsPerRequest(int statementsPerRequest) {
    this.statementsPerRequest = statementsPerRequest;
  }

  @JsonProperty
  public int getEndpoints() {
    return endpoints;
  }

  @JsonProperty
  public void setEndpoints(int endpoints) {
    this.endpoints = endpoints;
  }
}
