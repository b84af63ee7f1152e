package dev.syllabus.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.filter.NullLevelFilterFactory;
import io.dropwizard.request.logging.async.AsyncAccessEventAppenderFactory;
import io.dropwizard.request.logging.layout.LogbackAccessRequestLayoutFactory;
import io.dropwizard.util.Duration;
import org.junit.jupiter.api.Test;

/** {@code type: console-batched} is found as Dropwizard finds its own appenders, and built. */
class BatchedConsoleAppenderFactoryTest {

  private final ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());

  @Test
  void a_request_log_appender_of_type_console_batched_is_a_batching_console() throws Exception {
    AppenderFactory<IAccessEvent> factory =
        yaml.readValue(
            "type: console-batched\ntarget: stdout\nbatchInterval: 250ms\nqueueSize: 64\n",
            new TypeReference<AppenderFactory<IAccessEvent>>() {});

    assertThat(factory).isInstanceOf(BatchedConsoleAppenderFactory.class);
    assertThat(((BatchedConsoleAppenderFactory<IAccessEvent>) factory).getBatchInterval())
        .isEqualTo(Duration.milliseconds(250));

    Appender<IAccessEvent> appender =
        factory.build(
            new LoggerContext(),
            "syllabus",
            new LogbackAccessRequestLayoutFactory(),
            new NullLevelFilterFactory<>(),
            new AsyncAccessEventAppenderFactory());
    try {
      assertThat(appender).isInstanceOf(BatchingAppender.class);
      assertThat(appender.isStarted()).isTrue();
    } finally {
      appender.stop();
    }
  }

  @Test
  void its_batch_interval_is_a_tenth_of_a_second_unless_told() {
    assertThat(new BatchedConsoleAppenderFactory<IAccessEvent>().getBatchInterval())
        .isEqualTo(Duration.milliseconds(100));
  }
}
