package com.synergycouncil.audit.web;

import com.synergycouncil.audit.AuditEventKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditLog;
import com.synergycouncil.audit.AuditPage;
import com.synergycouncil.audit.AuditTrail;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for compliance: filtered and paged, one request's whole story, and a CSV export of what a filter
 * shows. Every view and export is itself recorded.
 */
@Controller
@RequestMapping("/compliance")
@PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
class AuditTrailController {

  private final AuditTrail trail;
  private final AuditLog log;
  private final FilterChoices choices;

  AuditTrailController(AuditTrail trail, AuditLog log, FilterChoices choices) {
    this.trail = trail;
    this.log = log;
    this.choices = choices;
  }

  @GetMapping("/audit")
  String trail(@RequestParam(required = false) String person, @RequestParam(required = false) String partner,
      @RequestParam(required = false) String process, @RequestParam(required = false) String request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model,
      HttpServletResponse response) {
    model.addAttribute("partners", choices.partners());
    model.addAttribute("processes", choices.processes());
    AuditFilter filter;
    try {
      filter = new AuditFilter(person, partner, process, request, from, to);
    } catch (IllegalArgumentException invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", invalid.getMessage());
      model.addAttribute("filter", AuditFilter.none());
      model.addAttribute("rows", List.of());
      return "audit/trail";
    }
    AuditPage result = trail.search(filter, Math.max(page, 0));
    log.record(AuditEventKind.AUDIT_VIEWED, authentication.getName(), filter.requestRef(),
        "filter: " + filter.describe() + "; page " + result.page() + "; " + result.acts().size() + " acts");
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("rows", result.acts().stream().map(AuditRow::of).toList());
    model.addAttribute("csvLink", link("/compliance/audit.csv", filter, null));
    model.addAttribute("previousLink", result.page() > 0 ? link("/compliance/audit", filter, result.page() - 1) : null);
    model.addAttribute("nextLink", result.hasMore() ? link("/compliance/audit", filter, result.page() + 1) : null);
    return "audit/trail";
  }

  @GetMapping("/audit/requests/{ref}")
  String timeline(@PathVariable String ref, Authentication authentication, Model model) {
    AuditFilter filter = AuditFilter.forRequest(ref);
    List<AuditRow> rows = trail.story(filter.requestRef()).stream().map(AuditRow::of).toList();
    log.record(AuditEventKind.AUDIT_VIEWED, authentication.getName(), filter.requestRef(),
        "timeline; " + rows.size() + " acts");
    model.addAttribute("ref", filter.requestRef());
    model.addAttribute("rows", rows);
    model.addAttribute("csvLink", link("/compliance/audit.csv", filter, null));
    return "audit/timeline";
  }

  @GetMapping("/audit.csv")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String person,
      @RequestParam(required = false) String partner, @RequestParam(required = false) String process,
      @RequestParam(required = false) String request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Authentication authentication) {
    AuditFilter filter;
    try {
      filter = new AuditFilter(person, partner, process, request, from, to);
    } catch (IllegalArgumentException invalid) {
      return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(invalid.getMessage().getBytes());
    }
    AuditPage all = trail.all(filter);
    List<AuditRow> rows = all.acts().stream().map(AuditRow::of).toList();
    log.record(AuditEventKind.AUDIT_EXPORTED, authentication.getName(), filter.requestRef(),
        "filter: " + filter.describe() + "; " + rows.size() + " acts" + (all.hasMore() ? " (truncated)" : ""));
    String name = "audit-trail-" + LocalDate.now(AuditFilter.KOREA).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .header("X-Audit-Truncated", String.valueOf(all.hasMore()))
        .body(AuditCsv.write(rows));
  }

  /** A page or export link carrying the filter as query parameters (encoded). */
  static String link(String path, AuditFilter filter, Integer page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    filter.parameters().forEach(uri::queryParam);
    if (page != null) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }
}
