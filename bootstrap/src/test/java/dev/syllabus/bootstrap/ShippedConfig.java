package dev.syllabus.bootstrap;

import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * The {@code config.yml} the README runs, read as the service reads it but with an environment of
 * the test's choosing, so that {@code HOST} or {@code AUTHOR_TOKEN_SHA256} can be set in-process.
 */
final class ShippedConfig {

  /** From the bootstrap module, where the tests run: the repository's own {@code config.yml}. */
  static final String PATH = "../config.yml";

  private ShippedConfig() {}

  /** The shipped configuration with only these environment variables set. */
  static SyllabusConfiguration withEnvironment(Map<String, String> environment) {
    try {
      return new YamlConfigurationFactory<>(
              SyllabusConfiguration.class,
              Validators.newValidator(),
              Jackson.newObjectMapper(),
              "dw")
          .build(
              new SubstitutingSourceProvider(
                  new FileConfigurationSourceProvider(), new StringSubstitutor(environment::get)),
              PATH);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + PATH, e);
    }
  }
}
