package com.synergycouncil.reporting.web;

import com.synergycouncil.reporting.ImpactReport;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.ReportFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A report version as the REST list and the compliance page show it, with its download links. */
public record ReportListing(int year, int quarter, String label, int version, String status, Instant generatedAt,
    String generatedBy, Instant signedAt, String signedBy, String reviewComment, String pdfSha256, String xlsxSha256,
    String csvSha256, String snapshotSha256, String evidenceChainHead, long downloads, Map<String, String> links) {

  private static final DateTimeFormatter SEOUL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'")
      .withZone(Quarter.SEOUL);

  public static ReportListing of(ImpactReport report) {
    Map<String, String> links = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      links.put(format.extension(), "/reports/impact/%d/Q%d.%s?version=%d".formatted(report.quarter().year(),
          report.quarter().quarter(), format.extension(), report.version()));
    }
    return new ReportListing(report.quarter().year(), report.quarter().quarter(), report.quarter().label(),
        report.version(), report.status().name(), report.generatedAt(), report.generatedBy(), report.signedAt(),
        report.signedBy(), report.reviewComment(), report.pdfSha256(), report.xlsxSha256(), report.csvSha256(),
        report.snapshotSha256(), report.evidenceChainHead(), report.downloads(), links);
  }

  /** {@code 2026-04-01 01:00 KST}, for the page. */
  public String seoulTime(Instant instant) {
    return instant == null ? "" : SEOUL_TIME.format(instant);
  }

  public boolean signed() {
    return "SIGNED".equals(status);
  }
}
