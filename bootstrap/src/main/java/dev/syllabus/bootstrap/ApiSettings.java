package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;

/** The {@code api} section: limits of the HTTP API. */
public class ApiSettings {

  /**
   * Larger request bodies answer 413. 6 MiB holds the import of a course at the default node limit
   * (110,000 nodes titled as the generator titles them: 5.3 MiB), so that the body limit refuses
   * what the node limit would refuse anyway before it is parsed, give or take long titles.
   */
  @NotNull private DataSize maxRequestBody = DataSize.mebibytes(6);

  @JsonProperty
  public DataSize getMaxRequestBody() {
    return maxRequestBody;
  }

  @JsonProperty
  public void setMaxRequestBody(DataSize maxRequestBody) {
    this.maxRequestBody = maxRequestBody;
  }
}
