package com.synergycouncil.reporting.web;

import com.synergycouncil.reporting.ImpactReports;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.ReportFile;
import com.synergycouncil.reporting.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/impact/2026/Q1.pdf} (or {@code .xlsx}, {@code .csv}): the newest signed version of the
 * quarter, or the newest when none is signed yet; {@code ?version=N} for a given one. Byte for byte what was stored
 * when the version was generated; every download is recorded.
 */
@RestController
class ReportDownloadController {

  private final ImpactReports reports;

  ReportDownloadController(ImpactReports reports) {
    this.reports = reports;
  }

  @GetMapping("/reports/impact/{year:\\d{4}}/Q{quarter:[1-4]}.{format:pdf|xlsx|csv}")
  @PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
  ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable int quarter, @PathVariable String format,
      @RequestParam(required = false) Integer version, Principal principal) {
    ReportFile file = reports.download(new Quarter(year, quarter), version, ReportFormat.fromExtension(format),
        principal.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.format().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Report-Version", String.valueOf(file.report().version()))
        .header("X-Report-Status", file.report().status().name())
        .header("X-Content-SHA256", file.format() == ReportFormat.PDF ? file.report().pdfSha256()
            : file.format() == ReportFormat.XLSX ? file.report().xlsxSha256() : file.report().csvSha256())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(file.content());
  }
}
