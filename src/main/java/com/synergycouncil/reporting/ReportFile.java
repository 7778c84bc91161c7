package com.synergycouncil.reporting;

/** A report file as it is downloaded: byte for byte what was stored when the version was generated. */
public record ReportFile(ImpactReport report, ReportFormat format, byte[] content) {

  public String fileName() {
    return report.fileName(format);
  }
}
