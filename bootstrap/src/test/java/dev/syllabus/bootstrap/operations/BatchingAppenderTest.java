package dev.syllabus.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.DeferredProcessingAware;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a request log written in batches keeps of logback's: every line, in order, none lost. */
class BatchingAppenderTest {

  /** An event whose line is its text, read when it is encoded. */
  private static final class Line implements DeferredProcessingAware {
    private final StringBuilder text;

    Line(String text) {
      this.text = new StringBuilder(text);
    }

    @Override
    public void prepareForDeferredProcessing() {}
  }

  private static final class LineEncoder extends EncoderBase<Line> {
    @Override
    public byte[] headerBytes() {
      return null;
    }

    @Override
    public byte[] encode(Line line) {
      return (line.text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
      return null;
    }
  }

  /**
   * A stream that counts its writes, so that a test sees the lines go out in batches, and that
   * holds them until its gate opens, as a console nobody reads does.
   */
  private static final class CountedWrites extends ByteArrayOutputStream {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final boolean gated;
    private int writes;

    CountedWrites(boolean gated) {
      this.gated = gated;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        if (gated) {
          gate.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        writes++;
        super.write(bytes, offset, length);
      }
    }

    void open() {
      gate.countDown();
    }

    synchronized int writes() {
      return writes;
    }

    synchronized List<String> lines() {
      String text = toString(StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
  }

  private CountedWrites out = new CountedWrites(false);

  private BatchingAppender<Line> appender(int capacity, Duration interval, boolean neverBlock) {
    return appender(out, capacity, interval, neverBlock);
  }

  private static BatchingAppender<Line> appender(
      OutputStream out, int capacity, Duration interval, boolean neverBlock) {
    LoggerContext context = new LoggerContext();
    OutputStreamAppender<Line> console = new OutputStreamAppender<>();
    console.setContext(context);
    console.setName("console");
    LineEncoder encoder = new LineEncoder();
    encoder.setContext(context);
    encoder.start();
    console.setEncoder(encoder);
    console.setOutputStream(out);
    console.start();
    BatchingAppender<Line> batching =
        new BatchingAppender<>(console, capacity, interval, neverBlock);
    batching.setContext(context);
    batching.setName("batched-console");
    batching.start();
    return batching;
  }

  @Test
  void lines_reach_the_stream_within_the_interval_in_their_order_and_together() throws Exception {
    // A second is long enough for the 50 lines to be queued before the writer wakes, on any CI.
    BatchingAppender<Line> appender = appender(256, Duration.ofSeconds(1), false);
    IntStream.range(0, 50).forEach(i -> appender.doAppend(new Line("line " + i)));

    assertThat(out.lines()).as("nothing is written on the caller's thread").isEmpty();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (out.lines().size() < 50 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertThat(out.lines()).containsExactlyElementsOf(lines(0, 50));
    assertThat(out.writes()).as("one write for the batch").isEqualTo(1);
    appender.stop();
  }

  @Test
  void a_line_is_what_its_event_said_when_it_was_logged_not_when_it_is_written() {
    BatchingAppender<Line> appender = appender(256, Duration.ofSeconds(10), false);
    Line line = new Line("as logged");
    appender.doAppend(line);
    // What a request log line reads is recycled once it is logged.
    line.text.setLength(0);
    line.text.append("recycled");

    appender.stop();

    assertThat(out.lines()).containsExactly("as logged");
  }

  @Test
  void stopping_writes_every_queued_line_before_the_interval_is_over() {
    BatchingAppender<Line> appender = appender(256, Duration.ofMinutes(10), false);
    IntStream.range(0, 100).forEach(i -> appender.doAppend(new Line("line " + i)));

    appender.stop();

    assertThat(out.lines()).containsExactlyElementsOf(lines(0, 100));
    appender.doAppend(new Line("after the stop"));
    assertThat(out.lines()).hasSize(100);
  }

  @Test
  void a_full_queue_makes_callers_wait_and_loses_nothing() throws Exception {
    // A queue of 4 and a writer that sleeps a minute: only the wake-up past half full moves lines.
    BatchingAppender<Line> appender = appender(4, Duration.ofMinutes(1), false);
    int threads = 4;
    int each = 500;
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      callers.submit(
          () -> {
            start.await();
            for (int i = 0; i < each; i++) {
              appender.doAppend(new Line(thread + ":" + i));
            }
            return null;
          });
    }
    start.countDown();
    callers.shutdown();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    appender.stop();

    List<String> written = out.lines();
    assertThat(written).hasSize(threads * each).doesNotHaveDuplicates();
    for (int t = 0; t < threads; t++) {
      String prefix = t + ":";
      assertThat(written.stream().filter(l -> l.startsWith(prefix)).toList())
          .as("thread %d's lines in its order", t)
          .containsExactlyElementsOf(IntStream.range(0, each).mapToObj(i -> prefix + i).toList());
    }
  }

  @Test
  void with_never_block_a_full_queue_drops_lines_and_counts_them() {
    out = new CountedWrites(true);
    BatchingAppender<Line> appender = appender(4, Duration.ofMinutes(10), true);
    // The writer, woken past half full, takes a batch and is held by the console; the queue fills.
    IntStream.range(0, 1_000).forEach(i -> appender.doAppend(new Line("line " + i)));
    out.open();

    appender.stop();

    assertThat(appender.dropped()).isPositive();
    assertThat(out.lines().size() + appender.dropped()).isEqualTo(1_000);
  }

  @Test
  void a_caller_waiting_for_room_when_the_writer_stops_is_not_left_waiting() throws Exception {
    out = new CountedWrites(true);
    BatchingAppender<Line> appender = appender(2, Duration.ofMinutes(10), false);
    // The console holds the writer's first batch; the queue fills and the caller waits for room.
    Thread caller =
        new Thread(() -> IntStream.range(0, 10).forEach(i -> appender.doAppend(new Line("l" + i))));
    caller.start();
    caller.join(500);
    assertThat(caller.isAlive()).as("waiting for room").isTrue();

    // The stop gives up on the held writer after 5 s; the caller then drops its line.
    appender.stop();
    caller.join(5_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(appender.dropped()).isPositive();
    out.open();
  }

  @Test
  void a_caller_interrupted_while_waiting_for_room_counts_the_lines_it_drops() throws Exception {
    out = new CountedWrites(true);
    BatchingAppender<Line> appender = appender(2, Duration.ofMinutes(10), false);
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              IntStream.range(0, 10).forEach(i -> appender.doAppend(new Line("l" + i)));
              stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    caller.join(500);
    assertThat(caller.isAlive()).as("waiting for room").isTrue();

    caller.interrupt();
    caller.join(5_000);
    out.open();
    appender.stop();

    assertThat(caller.isAlive()).isFalse();
    assertThat(stillInterrupted).isTrue();
    assertThat(appender.dropped()).isPositive();
    assertThat(out.lines().size() + appender.dropped())
        .as("every line written or counted")
        .isEqualTo(10);
  }

  @Test
  void a_writer_that_fails_leaves_no_caller_waiting_for_room() throws Exception {
    OutputStream gone =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new IllegalStateException("the console is gone");
          }
        };
    BatchingAppender<Line> appender = appender(gone, 2, Duration.ofMinutes(10), false);

    // Past half full the writer wakes, fails on its first batch and leaves.
    Thread caller =
        new Thread(() -> IntStream.range(0, 10).forEach(i -> appender.doAppend(new Line("l" + i))));
    caller.start();
    caller.join(5_000);

    assertThat(caller.isAlive()).as("still waiting for room").isFalse();
    assertThat(appender.dropped()).isPositive();
    appender.stop();
  }

  @Test
  void a_queue_or_an_interval_that_cannot_work_is_refused() {
    OutputStreamAppender<Line> console = new OutputStreamAppender<>();
    assertThatThrownBy(() -> new BatchingAppender<>(console, 1, Duration.ofMillis(100), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchingAppender<>(console, 256, Duration.ZERO, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> lines(int from, int to) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add("line " + i);
    }
    return lines;
  }
}
