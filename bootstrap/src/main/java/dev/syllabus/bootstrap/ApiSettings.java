package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;

/** The {@code api} section: limits of the HTTP API. */
public class ApiSettings {

  /** Larger request bodies answer 413; 16 MiB holds an import of about 200,000 exercises. */
  @NotNull private DataSize maxRequestBody = DataSize.mebibytes(16);

  @JsonProperty
  public DataSize getMaxRequestBody() {
    return maxRequestBody;
  }

  @JsonProperty
  public void setMaxRequestBody(DataSize maxRequestBody) {
    this.maxRequestBody = maxRequestBody;
  }
}
