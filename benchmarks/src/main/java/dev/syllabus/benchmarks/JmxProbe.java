package dev.syllabus.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * A server JVM read over JMX: the bytes all its threads allocated (HotSpot's per-thread counters,
 * summed; a thread that ends between two readings takes its share with it), and its heap before and
 * after each collection, from the collectors' notifications. The heap only grows between two
 * collections, so its peak is the largest use seen right before one, or the use at the end. And the
 * time its JIT compilers have spent so far.
 */
final class JmxProbe implements Probe {

  /** HotSpot's action for a full collection; young and mixed ones end a "minor GC". */
  private static final String FULL_COLLECTION = "end of major GC";

  private final com.sun.management.ThreadMXBean threads;
  private final Set<String> heapPoolNames = new HashSet<>();
  private final MemoryMXBean memory;
  private final List<GarbageCollectorMXBean> collectors = new ArrayList<>();
  private final CompilationMXBean compiler; // null if the JVM does not time its compilations
  private final AtomicLong maxBeforeGc = new AtomicLong();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong fullCollections = new AtomicLong();
  private final AtomicLong maxAfterFullGc = new AtomicLong(-1);
  private Map<Long, Long> lastAllocated = Map.of();
  private long allocated;

  JmxProbe(MBeanServerConnection server) throws Exception {
    threads =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.THREAD_MXBEAN_NAME, com.sun.management.ThreadMXBean.class);
    memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    compiler = compiler(server);
    for (ObjectName name :
        server.queryNames(
            new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
      MemoryPoolMXBean pool =
          ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), MemoryPoolMXBean.class);
      if (pool.getType() == MemoryType.HEAP) {
        heapPoolNames.add(pool.getName());
      }
    }
    for (ObjectName collector :
        server.queryNames(
            new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
      server.addNotificationListener(collector, this::collected, null, null);
      collectors.add(
          ManagementFactory.newPlatformMXBeanProxy(
              server, collector.toString(), GarbageCollectorMXBean.class));
    }
  }

  /** A running total over the threads alive at each reading. */
  @Override
  public synchronized long allocatedBytes() {
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> now = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        now.put(ids[i], bytes[i]);
        allocated += bytes[i] - lastAllocated.getOrDefault(ids[i], 0L);
      }
    }
    lastAllocated = now;
    return allocated;
  }

  @Override
  public long gcMillis() {
    return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  @Override
  public long compilationMillis() {
    return compiler == null ? -1 : compiler.getTotalCompilationTime();
  }

  @Override
  public void resetHeap() {
    maxBeforeGc.set(0);
    maxAfterGc.set(0);
    fullCollections.set(0);
    maxAfterFullGc.set(-1);
  }

  @Override
  public long peakHeapBytes() throws InterruptedException {
    Thread.sleep(200); // notifications of the last collections arrive a little later
    return Math.max(maxBeforeGc.get(), memory.getHeapMemoryUsage().getUsed());
  }

  @Override
  public long maxLiveAfterGcBytes() {
    return maxAfterGc.get();
  }

  @Override
  public FullCollections fullCollections() throws InterruptedException {
    Thread.sleep(200); // notifications of the last collections arrive a little later
    return new FullCollections((int) fullCollections.get(), maxAfterFullGc.get());
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    maxBeforeGc.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    long after = heap(info.getGcInfo().getMemoryUsageAfterGc());
    maxAfterGc.accumulateAndGet(after, Math::max);
    if (FULL_COLLECTION.equals(info.getGcAction())) {
      fullCollections.incrementAndGet();
      maxAfterFullGc.accumulateAndGet(after, Math::max);
    }
  }

  /** A JVM without a JIT (-Xint) registers no compilation bean; the proxy would throw. */
  private static CompilationMXBean compiler(MBeanServerConnection server) throws Exception {
    if (!server.isRegistered(new ObjectName(ManagementFactory.COMPILATION_MXBEAN_NAME))) {
      return null;
    }
    CompilationMXBean compiler =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.COMPILATION_MXBEAN_NAME, CompilationMXBean.class);
    return compiler.isCompilationTimeMonitoringSupported() ? compiler : null;
  }

  private long heap(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (heapPoolNames.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }
}
