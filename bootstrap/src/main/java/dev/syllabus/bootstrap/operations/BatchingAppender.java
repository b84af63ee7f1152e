package dev.syllabus.bootstrap.operations;

import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.DeferredProcessingAware;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Encodes each event on the caller's thread and hands its bytes to a writer thread that writes them
 * in batches, once per interval, with one write each. Logback's {@code AsyncAppender} instead
 * copies everything an event might need (every header, cookie and attribute of a request) and wakes
 * its writer for each event, which then writes it alone. With one line per request, that copy, the
 * wake-up and the write cost about a tenth of a small request on 2 cores.
 *
 * <p>The queue is bounded. Past half full the writer is woken at once, so a burst does not wait for
 * the interval; when it is full, a caller waits for room (nothing is lost) unless {@code
 * neverBlock}, where the line is dropped and counted. Stopping writes whatever was queued; a line
 * still waiting for room once the writer has stopped (or failed) is dropped and counted, not left
 * waiting.
 */
final class BatchingAppender<E extends DeferredProcessingAware>
    extends UnsynchronizedAppenderBase<E> {

  private final OutputStreamAppender<E> target;
  private final Encoder<E> encoder;
  private final OutputStream out;
  private final ArrayBlockingQueue<byte[]> queue;
  private final int wakeAt;
  private final long intervalNanos;
  private final boolean neverBlock;
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean writing;
  private Thread writer;

  /** Writes the lines of a started {@code target}, encoded by its encoder, to its stream. */
  BatchingAppender(
      OutputStreamAppender<E> target, int capacity, Duration interval, boolean neverBlock) {
    if (capacity < 2) {
      throw new IllegalArgumentException("a batching queue holds at least 2 lines: " + capacity);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a batching interval is positive: " + interval);
    }
    this.target = target;
    this.encoder = target.getEncoder();
    this.out = target.getOutputStream();
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.wakeAt = capacity / 2;
    this.intervalNanos = interval.toNanos();
    this.neverBlock = neverBlock;
  }

  @Override
  public void start() {
    if (isStarted()) {
      return;
    }
    writing = true;
    writer = new Thread(this::writeBatches, "batching-appender-" + getName());
    writer.setDaemon(true);
    writer.start();
    super.start();
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    super.stop();
    writing = false;
    LockSupport.unpark(writer);
    try {
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (dropped.get() > 0) {
      addWarn(dropped.get() + " lines dropped: the queue of " + getName() + " was full");
    }
    target.stop();
  }

  /**
   * The lines dropped: the queue full with {@code neverBlock}, the writer stopped, or a caller
   * interrupted while it waited for room.
   */
  long dropped() {
    return dropped.get();
  }

  @Override
  protected void append(E event) {
    // Encoded now, while what the line reads (a request and its buffers, recycled once it is
    // logged) is still there: only the bytes wait for the writer.
    byte[] line = encoder.encode(event);
    if (queue.size() >= wakeAt) {
      LockSupport.unpark(writer);
    }
    if (neverBlock) {
      if (!queue.offer(line)) {
        dropped.incrementAndGet();
      }
      return;
    }
    try {
      // Waits for room while the writer runs; a caller still waiting when it has stopped would
      // wait for ever, so its line is dropped and counted instead.
      while (!queue.offer(line, 100, TimeUnit.MILLISECONDS)) {
        if (!writing) {
          dropped.incrementAndGet();
          return;
        }
      }
    } catch (InterruptedException e) {
      dropped.incrementAndGet();
      Thread.currentThread().interrupt();
    }
  }

  private void writeBatches() {
    List<byte[]> batch = new ArrayList<>(queue.remainingCapacity());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try {
      while (writing) {
        LockSupport.parkNanos(this, intervalNanos);
        write(batch, bytes);
      }
      write(batch, bytes);
    } catch (RuntimeException e) {
      addError("the writer of " + getName() + " failed; its further lines are dropped", e);
    } finally {
      // Callers waiting for room stop waiting once no writer is left to make it.
      writing = false;
    }
  }

  private void write(List<byte[]> batch, ByteArrayOutputStream bytes) {
    while (queue.drainTo(batch) > 0) {
      for (byte[] line : batch) {
        bytes.writeBytes(line);
      }
      batch.clear();
      try {
        bytes.writeTo(out);
        out.flush();
      } catch (IOException e) {
        addError("could not write the lines of " + getName(), e);
      }
      bytes.reset();
    }
  }
}
