package com.synergycouncil.audit.web;

import com.synergycouncil.audit.AuditEventKind;
import com.synergycouncil.audit.AuditLog;
import com.synergycouncil.audit.ChainVerification;
import com.synergycouncil.audit.EvidenceChain;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/chain/verification}: the evidence chain recomputed, as JSON. */
@RestController
@PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
class ChainVerificationController {

  private final EvidenceChain chain;
  private final AuditLog log;

  ChainVerificationController(EvidenceChain chain, AuditLog log) {
    this.chain = chain;
    this.log = log;
  }

  @GetMapping("/api/audit/chain/verification")
  Verification verify(Authentication authentication) {
    ChainVerification verification = chain.verify();
    log.record(AuditEventKind.CHAIN_VERIFIED, authentication.getName(), null, verification.summary());
    return new Verification(verification.intact() ? "intact" : "broken", verification.intact(),
        verification.entries(), verification.headHash(), verification.firstDiscrepancy(), verification.summary(),
        verification.verifiedAt());
  }

  /** The verification as the API answers it; {@code firstDiscrepancy} only when broken. */
  record Verification(String status, boolean intact, long entries, String headHash,
      ChainVerification.Discrepancy firstDiscrepancy, String summary, Instant verifiedAt) {
  }
}
