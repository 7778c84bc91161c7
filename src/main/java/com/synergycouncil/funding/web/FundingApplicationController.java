package com.synergycouncil.funding.web;

import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApplicationView;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Funding applications: submit one, read its status and decision history, withdraw it. */
@RestController
@RequestMapping("/api/funding/applications")
class FundingApplicationController {

  static final int MAX_IDEMPOTENCY_KEY = 100;

  private final FundingApplicationService service;

  FundingApplicationController(FundingApplicationService service) {
    this.service = service;
  }

  /** Fund managers take applications in; an executive may sponsor one (and then may not vote on it). */
  @PostMapping
  @PreAuthorize("@fundingApplicationService.maySubmit(@currentUser.person(authentication))")
  ResponseEntity<FundingApplicationView> submit(@Valid @RequestBody FundingApplicationRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
      throw new InvalidRequestException(List.of(new FieldProblem("Idempotency-Key",
          "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters")));
    }
    FundingApplicationService.Submission submission;
    try {
      submission = service.submit(request, principal.getName(), idempotencyKey);
    } catch (DuplicateKeyException concurrentRetry) {
      // the same key arrived twice at once: the other request won; answer with what it created
      submission = service.submit(request, principal.getName(), idempotencyKey);
    }
    URI location = URI.create("/api/funding/applications/" + submission.reference());
    FundingApplicationView view = service.view(submission.reference());
    return submission.replayed()
        ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(view)
        : ResponseEntity.created(location).body(view);
  }

  @GetMapping("/{reference}")
  @PreAuthorize("@currentUser.isCouncilUser(authentication)")
  FundingApplicationView status(@PathVariable String reference) {
    return service.view(reference);
  }

  @PostMapping("/{reference}/withdrawal")
  @PreAuthorize("@currentUser.inAny(authentication, 'fund-managers', 'camunda-admin')")
  ResponseEntity<FundingApplicationView> withdraw(@PathVariable String reference,
      @Valid @RequestBody WithdrawalRequest request, Principal principal) {
    service.withdraw(reference, request.reason(), principal.getName());
    return ResponseEntity.accepted().body(service.view(reference));
  }

  record WithdrawalRequest(@jakarta.validation.constraints.NotBlank @Size(max = 500) String reason) {
  }
}
