package com.synergycouncil.publication.web;

import com.synergycouncil.publication.AccessDecision;
import com.synergycouncil.publication.AccessRequestInput;
import com.synergycouncil.publication.AccessRequestView;
import com.synergycouncil.publication.AiOutputPublications;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Researchers ask for access to a gated output; an AI lead grants or refuses each request. Incidents pause a staged release. */
@RestController
@RequestMapping("/api/ai-outputs/{reference}")
class AccessRequestController {

  private final AiOutputPublications publications;

  AccessRequestController(AiOutputPublications publications) {
    this.publications = publications;
  }

  @PostMapping("/access-requests")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<AccessRequestView> request(@PathVariable String reference,
      @Valid @RequestBody AccessRequestInput input, Principal principal) {
    AccessRequestView created = publications.requestAccess(reference, input, principal.getName());
    return ResponseEntity.created(URI.create("/api/ai-outputs/" + reference + "/access-requests/" + created.id()))
        .body(created);
  }

  @GetMapping("/access-requests")
  @PreAuthorize("@currentUser.inAny(authentication, 'ai-leads', 'camunda-admin')")
  List<AccessRequestView> requests(@PathVariable String reference) {
    return publications.accessRequests(reference);
  }

  @PostMapping("/access-requests/{requestId}/decision")
  @PreAuthorize("@currentUser.inAny(authentication, 'ai-leads')")
  AccessRequestView decide(@PathVariable String reference, @PathVariable long requestId,
      @Valid @RequestBody AccessDecision decision, Principal principal) {
    return publications.decideAccess(reference, requestId, decision, principal.getName());
  }

  @PostMapping("/incidents")
  @PreAuthorize("@currentUser.inAny(authentication, 'ai-leads')")
  ResponseEntity<Void> reportIncident(@PathVariable String reference, @Valid @RequestBody IncidentReport report,
      Principal principal) {
    publications.reportIncident(reference, report.description(), principal.getName());
    return ResponseEntity.accepted().build();
  }

  record IncidentReport(@NotBlank @Size(max = 2000) String description) {
  }
}
