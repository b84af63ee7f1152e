package dev.syllabus.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The profiles of the most recent and of the slowest requests, in bounded memory. Recording is what
 * a request thread does, so it is O(1) and mostly lock-free: a slot in a ring, and a lock only for
 * a request slower than the fastest of the slowest kept. Reading sorts copies, for the admin page.
 */
final class RequestProfiles {

  private static final Comparator<RequestProfile> BY_TOTAL_TIME =
      Comparator.comparingLong(RequestProfile::totalNanos);

  private final AtomicReferenceArray<Numbered> recent;
  private final AtomicLong recorded = new AtomicLong();
  private final int slowestCapacity;
  private final PriorityQueue<RequestProfile> slowest; // fastest first, so it is dropped first
  private volatile long slowestFloor = -1; // what a request must exceed to enter once it is full

  RequestProfiles(int recentCapacity, int slowestCapacity) {
    this.recent = new AtomicReferenceArray<>(recentCapacity);
    this.slowestCapacity = slowestCapacity;
    this.slowest = new PriorityQueue<>(slowestCapacity + 1, BY_TOTAL_TIME);
  }

  void record(RequestProfile profile) {
    long number = recorded.getAndIncrement();
    recent.set((int) (number % recent.length()), new Numbered(number, profile));
    if (profile.totalNanos() > slowestFloor) {
      synchronized (slowest) {
        slowest.add(profile);
        if (slowest.size() > slowestCapacity) {
          slowest.poll();
        }
        if (slowest.size() == slowestCapacity) {
          slowestFloor = slowest.peek().totalNanos();
        }
      }
    }
  }

  /** The most recent requests, newest first. */
  List<RequestProfile> recent() {
    List<Numbered> numbered = new ArrayList<>(recent.length());
    for (int i = 0; i < recent.length(); i++) {
      Numbered slot = recent.get(i);
      if (slot != null) {
        numbered.add(slot);
      }
    }
    numbered.sort(Comparator.comparingLong(Numbered::number).reversed());
    return numbered.stream().map(Numbered::profile).toList();
  }

  /** The slowest requests, slowest first. */
  List<RequestProfile> slowest() {
    List<RequestProfile> copy;
    synchronized (slowest) {
      copy = new ArrayList<>(slowest);
    }
    copy.sort(BY_TOTAL_TIME.reversed());
    return copy;
  }

  private record Numbered(long number, RequestProfile profile) {}
}
