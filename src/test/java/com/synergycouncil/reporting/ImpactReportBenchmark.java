package com.synergycouncil.reporting;

import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.ReportProperties;
import com.synergycouncil.reporting.internal.ReportTemplates;
import com.synergycouncil.reporting.internal.SnapshotJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test of the default run (the name matches no include pattern): renders a quarter of 1,000, 10,000 and 100,000
 * synthetic decisions (appendix rows) into PDF, XLSX and CSV with the product's virtualizer, and prints the time and
 * the peak heap of each. Run it in a small heap:
 * {@code ./mvnw -B -Dbuild.dir=target-report test -Dtest=ImpactReportBenchmark -DargLine=-Xmx512m}
 */
class ImpactReportBenchmark {

  static final List<Integer> SIZES = List.of(1_000, 10_000, 100_000);

  @Test
  void rendersLargeQuartersInABoundedHeap() {
    ImpactReportRenderer renderer = new ImpactReportRenderer(new ReportTemplates(), new ReportProperties(25));
    renderer.pdf(ReportFixtures.snapshot(10)); // compiles the templates once, outside the measurements
    System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
    for (int decisions : SIZES) {
      ImpactReportSnapshot snapshot = ReportFixtures.snapshot(decisions);
      long pdfMillis = measure(() -> renderer.pdf(snapshot));
      long pdfPeak = peakHeap();
      long allMillis = measure(() -> {
        ImpactReportRenderer.RenderedReport files = renderer.render(snapshot);
        SnapshotJson.sha256(files.pdf());
        SnapshotJson.write(snapshot);
      });
      long allPeak = peakHeap();
      System.out.printf("%,9d decisions: PDF %,6d ms (peak heap %,4d MiB) | PDF+XLSX+CSV+snapshot %,6d ms (peak heap %,4d MiB)%n",
          decisions, pdfMillis, pdfPeak >> 20, allMillis, allPeak >> 20);
    }
  }

  private static long measure(Runnable work) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap the work needed. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
