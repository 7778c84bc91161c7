package com.synergycouncil.reporting;

import java.time.Instant;

/** One stored version of a quarter's report: its checksums, who made and who signed it (the files are kept apart). */
public record ImpactReport(long id, Quarter quarter, int version, ReportStatus status, String pdfSha256,
    String xlsxSha256, String csvSha256, String snapshotSha256, String evidenceChainHead, Instant generatedAt,
    String generatedBy, Instant signedAt, String signedBy, String reviewComment, String processInstanceId,
    long downloads) {

  /** {@code impact-report-2026-Q1-v2.pdf}. */
  public String fileName(ReportFormat format) {
    return "impact-report-%d-Q%d-v%d.%s".formatted(quarter.year(), quarter.quarter(), version, format.extension());
  }

  public boolean signed() {
    return status == ReportStatus.SIGNED;
  }
}
