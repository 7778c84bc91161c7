package com.synergycouncil.reporting.web;

import com.synergycouncil.reporting.ImpactReportRequests;
import com.synergycouncil.reporting.ImpactReports;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.system.ApiProblemException;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compliance page: every quarter with its versions, status, checksums and download links, and a form that asks
 * for a report on any quarter that has begun. Plain HTML, no script.
 */
@Controller
@PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
class ComplianceReportsController {

  static final int YEARS_OFFERED = 5;

  private final ImpactReports reports;
  private final ImpactReportRequests requests;
  private final Clock clock;

  ComplianceReportsController(ImpactReports reports, ImpactReportRequests requests, Clock clock) {
    this.reports = reports;
    this.requests = requests;
    this.clock = clock;
  }

  @GetMapping("/compliance/reports")
  String page(Model model) {
    Map<String, List<ReportListing>> quarters = new LinkedHashMap<>();
    reports.list().forEach(report -> quarters.computeIfAbsent(report.quarter().label(), key -> new ArrayList<>())
        .add(ReportListing.of(report)));
    Quarter current = Quarter.containing(clock.instant());
    model.addAttribute("quarters", quarters);
    model.addAttribute("currentQuarter", current);
    model.addAttribute("years", IntStream.rangeClosed(0, YEARS_OFFERED - 1).map(back -> current.year() - back)
        .filter(year -> year >= Quarter.FIRST_YEAR).boxed().toList());
    model.addAttribute("defaultQuarter", current.previous());
    return "reports/impact-reports";
  }

  @PostMapping("/compliance/reports")
  @PreAuthorize("@impactReportRequests.mayRequest(@currentUser.person(authentication))")
  String generate(@RequestParam int year, @RequestParam int quarter, Principal principal,
      RedirectAttributes redirect) {
    try {
      Quarter requested = new Quarter(year, quarter);
      requests.request(requested, principal.getName());
      redirect.addFlashAttribute("requested", requested.label());
    } catch (IllegalArgumentException | ApiProblemException refused) {
      redirect.addFlashAttribute("refused", refused.getMessage());
    }
    return "redirect:/compliance/reports";
  }
}
