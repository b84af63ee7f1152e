package dev.syllabus.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The messages one logger writes while a test watches it, from whichever thread writes them. Attach
 * it after the application has started, which configures logging anew, or let {@link
 * RunningSyllabus#watchingFromStart} attach it as the start configures logging.
 */
final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final Logger logger;
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  private CapturedLog(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
  }

  static CapturedLog of(String loggerName) {
    CapturedLog log = new CapturedLog(loggerName);
    log.setContext(log.logger.getLoggerContext());
    log.start();
    log.logger.addAppender(log);
    return log;
  }

  @Override
  protected void append(ILoggingEvent event) {
    messages.add(event.getLevel() + " " + event.getFormattedMessage());
    events.add(event);
  }

  /** The events themselves, with their MDC and throwable, in the order they were written. */
  List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  /** Each message as {@code LEVEL message}, in the order they were written. */
  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}
