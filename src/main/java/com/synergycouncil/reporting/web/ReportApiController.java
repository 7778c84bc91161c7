package com.synergycouncil.reporting.web;

import com.synergycouncil.reporting.ImpactReports;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/impact}: every version of every quarter's report with checksums and download links. */
@RestController
class ReportApiController {

  private final ImpactReports reports;

  ReportApiController(ImpactReports reports) {
    this.reports = reports;
  }

  @GetMapping("/api/reports/impact")
  @PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
  List<ReportListing> list() {
    return reports.list().stream().map(ReportListing::of).toList();
  }
}
