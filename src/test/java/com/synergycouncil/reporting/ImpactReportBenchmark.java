package com.synergycouncil.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.benchmarks.BenchmarkTable;
import com.synergycouncil.benchmarks.HeapPeak;
import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.ReportProperties;
import com.synergycouncil.reporting.internal.ReportTemplates;
import com.synergycouncil.reporting.internal.SnapshotJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quarter of 1,000, 10,000 and 100,000 decisions (appendix rows, synthetic: no database) rendered as the product
 * renders it, with its swap-file virtualizer: the PDF alone (a download), and everything a generation stores (PDF,
 * XLSX, CSV, their SHA-256 and the snapshot JSON). Time and heap peaks ({@link HeapPeak}) of each, and the time per
 * 1,000 decisions to show the growth. Runs in the benchmarks' JVM ({@code -Xmx512m}):
 * {@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=ImpactReportBenchmark}.
 */
class ImpactReportBenchmark {

  static final List<Integer> SIZES = List.of(1_000, 10_000, 100_000);
  static final long HEAP_LIMIT_MIB = 512;

  @Test
  void rendersAHundredThousandDecisionsWithinFiveHundredTwelveMegabytesAndGrowsLinearly() {
    assertThat(Runtime.getRuntime().maxMemory() >> 20)
        .as("max heap; run in the benchmarks' execution (-Xmx512m) or with -DargLine=-Xmx512m")
        .isLessThanOrEqualTo(HEAP_LIMIT_MIB);
    ImpactReportRenderer renderer = new ImpactReportRenderer(new ReportTemplates(), new ReportProperties(25));
    renderer.render(ReportFixtures.snapshot(1_000)); // compiles the templates and warms up, outside the measurements

    BenchmarkTable table = new BenchmarkTable("Quarterly impact report: time and heap by number of decisions",
        BenchmarkTable.machine("no database (synthetic snapshot)"))
        .columns("decisions", "output", "time s", "ms per 1,000 decisions", "peak heap used MiB",
            "peak live heap MiB", "collections");
    Map<String, Double> msPerThousand = new LinkedHashMap<>();
    for (int decisions : SIZES) {
      ImpactReportSnapshot snapshot = ReportFixtures.snapshot(decisions);
      HeapPeak.Result pdf = HeapPeak.measure(() -> assertThat(renderer.pdf(snapshot)).isNotEmpty());
      HeapPeak.Result all = HeapPeak.measure(() -> {
        ImpactReportRenderer.RenderedReport files = renderer.render(snapshot);
        for (byte[] file : List.of(files.pdf(), files.xlsx(), files.csv())) {
          assertThat(SnapshotJson.sha256(file)).hasSize(64);
        }
        assertThat(SnapshotJson.sha256(SnapshotJson.write(snapshot))).hasSize(64);
      });
      row(table, decisions, "PDF", pdf, msPerThousand);
      row(table, decisions, "PDF + XLSX + CSV + SHA-256 + snapshot", all, msPerThousand);
      assertThat(all.peakUsedMiB()).isLessThan(HEAP_LIMIT_MIB);
    }
    double pdfGrowth = msPerThousand.get("PDF 100000") / msPerThousand.get("PDF 10000");
    double allGrowth = msPerThousand.get("PDF + XLSX + CSV + SHA-256 + snapshot 100000")
        / msPerThousand.get("PDF + XLSX + CSV + SHA-256 + snapshot 10000");
    table.note(("ms per 1,000 decisions at 100,000 against 10,000: PDF ×%.2f, everything ×%.2f (1.0 = linear; below "
            + "1: fixed costs spread over more rows)").formatted(pdfGrowth, allGrowth))
        .note("peak heap used: the most heap in use at one moment, garbage included (sampled every 5 ms and read "
            + "before each collection); peak live heap: the most still in use right after a collection, what must "
            + "fit in -Xmx; – when no collection ran")
        .note("fill with the product's JRSwapFileVirtualizer (council.reports.virtualizer-max-pages 25); templates "
            + "compiled and code warmed up by one 1,000-decision render before the measurements");
    BenchmarkTable.write(getClass(), table);
    assertThat(pdfGrowth).as("PDF time per decision at 100,000 against 10,000: roughly linear").isLessThan(2.0);
    assertThat(allGrowth).as("generation time per decision at 100,000 against 10,000: roughly linear").isLessThan(2.0);
  }

  private static void row(BenchmarkTable table, int decisions, String output, HeapPeak.Result result,
      Map<String, Double> msPerThousand) {
    double perThousand = result.millis() * 1_000.0 / decisions;
    msPerThousand.put(output + " " + decisions, perThousand);
    table.row(decisions, output, result.millis() / 1_000.0, perThousand, result.peakUsedMiB(), result.peakLiveMiB(),
        result.collections());
  }
}
