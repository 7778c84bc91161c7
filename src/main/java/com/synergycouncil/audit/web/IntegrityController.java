package com.synergycouncil.audit.web;

import com.synergycouncil.audit.AuditEventKind;
import com.synergycouncil.audit.AuditLog;
import com.synergycouncil.audit.ChainVerification;
import com.synergycouncil.audit.EvidenceChain;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The integrity page: the evidence chain recomputed on every visit. */
@Controller
@PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
class IntegrityController {

  private final EvidenceChain chain;
  private final AuditLog log;

  IntegrityController(EvidenceChain chain, AuditLog log) {
    this.chain = chain;
    this.log = log;
  }

  @GetMapping("/compliance/integrity")
  String integrity(Authentication authentication, Model model) {
    ChainVerification verification = chain.verify();
    log.record(AuditEventKind.CHAIN_VERIFIED, authentication.getName(), null, verification.summary());
    model.addAttribute("verification", verification);
    return "audit/integrity";
  }
}
