package dev.syllabus.benchmarks;

import java.lang.management.CompilationMXBean;

/**
 * What a measurement reads about the JVM that serves: bytes allocated, milliseconds of collection
 * pauses and of JIT compilation so far (counters), and the heap since the last {@link
 * #resetHeap()}. -1 where it cannot tell.
 */
interface Probe {

  long allocatedBytes() throws Exception;

  /** Stop-the-world collection time so far, as the collectors report it. */
  long gcMillis() throws Exception;

  /**
   * The time the JIT compilers have spent so far, summed over their threads, as {@link
   * CompilationMXBean#getTotalCompilationTime()} reports it; -1 if the JVM does not tell. The
   * warm-up watches it to know when the serving code is compiled.
   */
  long compilationMillis() throws Exception;

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
   * The full collections since the last {@link #resetHeap()}, and the largest heap use right after
   * one: a full collection leaves only what is alive, so this is the server's live set then, not an
   * upper bound like {@link #maxLiveAfterGcBytes()} (a young collection leaves the old generation's
   * garbage in place).
   */
  default FullCollections fullCollections() throws Exception {
    return FullCollections.UNKNOWN;
  }

  /** How many full collections, and the most they left alive; -1 where it cannot tell. */
  record FullCollections(int count, long maxLiveAfterBytes) {
    static final FullCollections UNKNOWN = new FullCollections(-1, -1);
  }
}
