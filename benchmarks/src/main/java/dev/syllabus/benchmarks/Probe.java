package dev.syllabus.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What a measurement reads about the JVM that serves: bytes allocated and milliseconds of
 * collection pauses so far (counters), and the heap since the last {@link #resetHeap()}. -1 where
 * it cannot tell.
 */
interface Probe {

  long allocatedBytes() throws Exception;

  /** Stop-the-world collection time so far, as the collectors report it. */
  long gcMillis() throws Exception;

  default void resetHeap() throws Exception {}

  /** The largest heap use, young and old generation together. */
  default long peakHeapBytes() throws Exception {
    return -1;
  }

  /** The largest heap use right after a collection: at most what the server kept alive. */
  default long maxLiveAfterGcBytes() throws Exception {
    return -1;
  }

  /**
   * This JVM, for targets that run on the measuring thread: the bytes that thread allocated, exact
   * (HotSpot's per-thread counter), this JVM's collections, and nothing about the heap, which the
   * benchmark itself shares.
   */
  static Probe currentThread() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    return new Probe() {
      @Override
      public long allocatedBytes() {
        return threads.getCurrentThreadAllocatedBytes();
      }

      @Override
      public long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
      }
    };
  }
}
