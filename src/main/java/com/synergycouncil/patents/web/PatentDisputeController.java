package com.synergycouncil.patents.web;

import com.synergycouncil.patents.DisputeNotice;
import com.synergycouncil.patents.DisputeView;
import com.synergycouncil.patents.PatentDisputeService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** The no-dispute pledge: a notice opens mediation; an assertion is refused (409) while it is open. */
@RestController
@RequestMapping("/api/patents/disputes")
class PatentDisputeController {

  private final PatentDisputeService service;

  PatentDisputeController(PatentDisputeService service) {
    this.service = service;
  }

  @PostMapping
  @PreAuthorize("@patentDisputeService.mayNotice(@currentUser.person(authentication))")
  ResponseEntity<DisputeView> notice(@Valid @RequestBody DisputeNotice notice, Principal principal) {
    String reference = service.notice(notice.claimantPartner(), notice.respondentPartner(), notice.patentNumber(),
        notice.grievance(), principal.getName());
    return ResponseEntity.created(URI.create("/api/patents/disputes/" + reference)).body(service.view(reference));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(PatentController.READERS)
  DisputeView view(@PathVariable String reference) {
    return service.view(reference);
  }

  @PostMapping("/{reference}/assertions")
  @PreAuthorize("@currentUser.inAny(authentication, 'ip-officers', 'camunda-admin')")
  ResponseEntity<DisputeView> assertion(@PathVariable String reference, @Valid @RequestBody Assertion assertion,
      Principal principal) {
    return ResponseEntity.status(201).body(service.recordAssertion(reference, principal.getName(), assertion.note()));
  }

  record Assertion(@NotBlank @Size(max = 2000) String note) {
  }
}
