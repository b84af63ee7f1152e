package dev.syllabus.bootstrap.operations;

import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.DeferredProcessingAware;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.async.AsyncAppenderFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * {@code type: console-batched}: Dropwizard's console appender, its lines written by a {@link
 * BatchingAppender} every {@code batchInterval} instead of a writer woken for each line. Meant for
 * the request log, a line per request: its lines reach the console up to {@code batchInterval}
 * late, and nothing else changes (format, layout, {@code queueSize}, {@code neverBlock}). Logback's
 * {@code discardingThreshold} and Dropwizard's {@code messageRate}, settings of its {@code
 * AsyncAppender}, do not apply: nothing is discarded by level or rate.
 */
@JsonTypeName("console-batched")
public class BatchedConsoleAppenderFactory<E extends DeferredProcessingAware>
    extends ConsoleAppenderFactory<E> {

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration batchInterval = Duration.milliseconds(100);

  private boolean neverBlock;

  @JsonProperty
  public Duration getBatchInterval() {
    return batchInterval;
  }

  @JsonProperty
  public void setBatchInterval(Duration batchInterval) {
    this.batchInterval = batchInterval;
  }

  // Dropwizard keeps its neverBlock private, with no getter: a copy is kept for the appender.
  @Override
  @JsonProperty
  public void setNeverBlock(boolean neverBlock) {
    super.setNeverBlock(neverBlock);
    this.neverBlock = neverBlock;
  }

  @Override
  protected Appender<E> wrapAsync(
      Appender<E> appender, AsyncAppenderFactory<E> unused, Context context) {
    // The appender Dropwizard built (and started) in appender(...): a console appender.
    BatchingAppender<E> batching =
        new BatchingAppender<>(
            (OutputStreamAppender<E>) appender,
            getQueueSize(),
            batchInterval.toJavaDuration(),
            neverBlock);
    batching.setContext(context);
    batching.setName("batched-" + appender.getName());
    batching.start();
    return batching;
  }
}
