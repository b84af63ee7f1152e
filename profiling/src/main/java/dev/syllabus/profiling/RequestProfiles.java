package dev.syllabus.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The profiles of the most recent and of the slowest requests, in bounded memory. Recording is what
 * a request thread does, so it is O(1) and mostly lock-free: a slot in a ring, and a lock only for
 * a request slower than the fastest of the slowest kept. Reading sorts copies, for the admin page.
 * Each request is numbered as it is recorded, from 0: its page's address.
 */
final class RequestProfiles {

  private static final Comparator<Kept> BY_TOTAL_TIME =
      Comparator.comparingLong(kept -> kept.profile().totalNanos());

  private final AtomicReferenceArray<Kept> recent;
  private final AtomicLong recorded = new AtomicLong();
  private final int slowestCapacity;
  private final PriorityQueue<Kept> slowest; // fastest first, so it is dropped first
  private volatile long slowestFloor = -1; // what a request must exceed to enter once it is full

  RequestProfiles(int recentCapacity, int slowestCapacity) {
    this.recent = new AtomicReferenceArray<>(recentCapacity);
    this.slowestCapacity = slowestCapacity;
    this.slowest = new PriorityQueue<>(slowestCapacity + 1, BY_TOTAL_TIME);
  }

  void record(RequestProfile profile) {
    Kept kept = new Kept(recorded.getAndIncrement(), profile);
    recent.set(slotOf(kept.number()), kept);
    if (profile.totalNanos() > slowestFloor) {
      synchronized (slowest) {
        slowest.add(kept);
        if (slowest.size() > slowestCapacity) {
          slowest.poll();
        }
        if (slowest.size() == slowestCapacity) {
          slowestFloor = slowest.peek().profile().totalNanos();
        }
      }
    }
  }

  /** The most recent requests, newest first. */
  List<Kept> recent() {
    List<Kept> kept = new ArrayList<>(recent.length());
    for (int i = 0; i < recent.length(); i++) {
      Kept slot = recent.get(i);
      if (slot != null) {
        kept.add(slot);
      }
    }
    kept.sort(Comparator.comparingLong(Kept::number).reversed());
    return kept;
  }

  /** The slowest requests, slowest first. */
  List<Kept> slowest() {
    List<Kept> copy = slowestCopy();
    copy.sort(BY_TOTAL_TIME.reversed());
    return copy;
  }

  /** The request of that number, if it is still among the recent or the slowest. */
  Optional<Kept> find(long number) {
    if (number < 0) {
      return Optional.empty();
    }
    Kept slot = recent.get(slotOf(number));
    if (slot != null && slot.number() == number) {
      return Optional.of(slot);
    }
    return slowestCopy().stream().filter(kept -> kept.number() == number).findFirst();
  }

  private int slotOf(long number) {
    return (int) (number % recent.length());
  }

  private List<Kept> slowestCopy() {
    synchronized (slowest) {
      return new ArrayList<>(slowest);
    }
  }

  /** A request's profile and the number it was recorded under. */
  record Kept(long number, RequestProfile profile) {}
}
