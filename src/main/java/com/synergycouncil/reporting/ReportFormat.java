package com.synergycouncil.reporting;

import java.util.Locale;

/** The formats a report is kept and downloaded in; the PDF is the signed, primary one. */
public enum ReportFormat {
  PDF("application/pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("text/csv; charset=UTF-8");

  private final String contentType;

  ReportFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReportFormat fromExtension(String extension) {
    return valueOf(extension.toUpperCase(Locale.ROOT));
  }
}
