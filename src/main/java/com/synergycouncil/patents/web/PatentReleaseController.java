package com.synergycouncil.patents.web;

import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.patents.ReleaseRequest;
import com.synergycouncil.patents.ReleaseView;
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

/** Release requests: IP officers prepare them (programme, pool contribution, SME transfer or licence). */
@RestController
@RequestMapping("/api/patents/releases")
class PatentReleaseController {

  private final PatentReleaseService service;

  PatentReleaseController(PatentReleaseService service) {
    this.service = service;
  }

  @PostMapping
  @PreAuthorize("@patentReleaseService.mayRequest(@currentUser.person(authentication))")
  ResponseEntity<ReleaseView> submit(@Valid @RequestBody ReleaseRequest request, Principal principal) {
    String reference = service.submit(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/patents/releases/" + reference)).body(service.view(reference));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(PatentController.READERS)
  ReleaseView view(@PathVariable String reference) {
    return service.view(reference);
  }
}
