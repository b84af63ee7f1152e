package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code demo} section: whether an empty database gets the demo course on start. */
public class DemoSettings {

  private boolean seedWhenEmpty = true;

  @JsonProperty
  public boolean isSeedWhenEmpty() {
    return seedWhenEmpty;
  }

  @JsonProperty
  public void setSeedWhenEmpty(boolean seedWhenEmpty) {
    this.seedWhenEmpty = seedWhenEmpty;
  }
}
