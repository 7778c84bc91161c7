package com.synergycouncil.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a piece of work needed, measured while it runs (the sum of each pool's own peak overstates: the pools
 * peak at different moments). Two figures:
 * <ul>
 * <li>{@link Result#peakUsedBytes()}: the most heap in use at any one moment, garbage included: the larger of a
 * sampling thread's readings of {@code MemoryMXBean} heap used (every {@link #SAMPLE_MILLIS} ms) and the heap in use
 * just before each garbage collection (GC notifications: the moments the heap is fullest);</li>
 * <li>{@link Result#peakLiveBytes()}: the most heap still in use right after a collection: what the work keeps
 * reachable, the part that has to fit in {@code -Xmx}.</li>
 * </ul>
 * Starts after a full collection so that earlier garbage does not count.
 */
public final class HeapPeak implements AutoCloseable {

  static final long SAMPLE_MILLIS = 5;

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  /** Collections each collector had run before the work: their notifications, delivered late, do not count. */
  private final Map<String, Long> collectionsBefore = new ConcurrentHashMap<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapPeak() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collectionsBefore.put(collector.getName(), collector.getCollectionCount());
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(() -> {
      while (running) {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-peak-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Collects the garbage, then starts watching the heap. */
  public static HeapPeak start() {
    System.gc();
    return new HeapPeak();
  }

  /** Runs {@code work} and returns its wall time and heap peaks. */
  public static Result measure(Runnable work) {
    try (HeapPeak peak = start()) {
      long start = System.nanoTime();
      work.run();
      return peak.stop((System.nanoTime() - start) / 1_000_000);
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    var collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    var info = collection.getGcInfo();
    if (info.getId() <= collectionsBefore.getOrDefault(collection.getGcName(), 0L)) {
      return;
    }
    collections.incrementAndGet();
    peakUsed.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
    peakLive.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
  }

  private long heap(Map<String, MemoryUsage> usage) {
    return usage.entrySet().stream().filter(entry -> heapPools.contains(entry.getKey()))
        .mapToLong(entry -> entry.getValue().getUsed()).sum();
  }

  /** Stops watching; the live peak is {@code -1} if no collection ran during the work. */
  public Result stop(long millis) {
    running = false;
    sampler.interrupt();
    try {
      sampler.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    awaitNotifications();
    close();
    return new Result(millis, peakUsed.get(), collections.get() == 0 ? -1 : peakLive.get(), collections.get(),
        Runtime.getRuntime().maxMemory());
  }

  /** GC notifications arrive on a JMX thread, a little after their collection: waits (up to a second) for them. */
  private void awaitNotifications() {
    long expected = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(collector -> collector.getCollectionCount()
            - collectionsBefore.getOrDefault(collector.getName(), 0L))
        .sum();
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (collections.get() < expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already removed
      }
    }
    emitters.clear();
  }

  /**
   * Wall time and heap peaks of one piece of work, the collections that ran meanwhile, and {@code -Xmx} as the JVM
   * sees it.
   */
  public record Result(long millis, long peakUsedBytes, long peakLiveBytes, long collections, long maxHeapBytes) {

    public long peakUsedMiB() {
      return peakUsedBytes >> 20;
    }

    /** {@code null} when no collection ran during the work (nothing to tell live data from garbage). */
    public Long peakLiveMiB() {
      return peakLiveBytes < 0 ? null : peakLiveBytes >> 20;
    }
  }
}
