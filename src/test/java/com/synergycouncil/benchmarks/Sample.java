package com.synergycouncil.benchmarks;

import com.synergycouncil.benchmarks.StatementCounter.Counts;
import com.synergycouncil.benchmarks.StatementCounter.Kind;
import com.synergycouncil.benchmarks.StatementCounter.Measured;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The timings and statement counts of repeated runs of one piece of work: means, percentiles, per-run counts. */
final class Sample {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Long> nanos = new ArrayList<>();
  private long cpuNanos;
  private Counts counts = Counts.NONE;

  /**
   * Runs {@code work} once, timed (wall clock, and the CPU time of this thread: less disturbed by other processes on
   * a busy machine, but blind to the database's background writer and the garbage collector) and counted.
   */
  <T> T run(StatementCounter counter, Supplier<T> work) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Measured<T> measured = counter.measure(work);
    nanos.add(System.nanoTime() - start);
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
    counts = counts.plus(measured.counts());
    return measured.result();
  }

  void run(StatementCounter counter, Runnable work) {
    run(counter, () -> {
      work.run();
      return null;
    });
  }

  int runs() {
    return nanos.size();
  }

  double totalSeconds() {
    return nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
  }

  double meanMillis() {
    return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
  }

  /** Mean CPU time of the measuring thread per run, in milliseconds. */
  double meanCpuMillis() {
    return cpuNanos / 1e6 / runs();
  }

  double perSecond() {
    return runs() / totalSeconds();
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds. */
  double percentileMillis(double p) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
  }

  Counts counts() {
    return counts;
  }

  double perRun(Kind kind) {
    return (double) counts.of(kind) / runs();
  }

  double statementsPerRun() {
    return (double) counts.total() / runs();
  }

  double roundTripsPerRun() {
    return (double) counts.roundTrips() / runs();
  }
}
