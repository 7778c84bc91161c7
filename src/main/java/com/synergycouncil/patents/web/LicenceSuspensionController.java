package com.synergycouncil.patents.web;

import com.synergycouncil.patents.LawsuitReport;
import com.synergycouncil.patents.LicenceSuspensionService;
import com.synergycouncil.patents.SuspensionView;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Defensive termination: reporting that a licensee sued a partner suspends its licences until the chair decides. */
@RestController
@RequestMapping("/api/patents/licensees/lawsuits")
class LicenceSuspensionController {

  private final LicenceSuspensionService service;

  LicenceSuspensionController(LicenceSuspensionService service) {
    this.service = service;
  }

  @PostMapping
  @PreAuthorize("@licenceSuspensionService.mayReport(@currentUser.person(authentication))")
  ResponseEntity<SuspensionView> report(@Valid @RequestBody LawsuitReport lawsuit, Principal principal) {
    String reference = service.report(lawsuit.licensee(), lawsuit.suedPartner(), lawsuit.caseReference(),
        lawsuit.description(), principal.getName());
    return ResponseEntity.created(URI.create("/api/patents/licensees/lawsuits/" + reference))
        .body(service.view(reference));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(PatentController.READERS)
  SuspensionView view(@PathVariable String reference) {
    return service.view(reference);
  }
}
