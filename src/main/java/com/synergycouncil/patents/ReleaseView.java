package com.synergycouncil.patents;

import java.time.Instant;
import java.util.List;

/** A release request as the API shows it: status, risk, resolution and every patent's passport. */
public record ReleaseView(String reference, ReleaseKind kind, String partnerCode, String programmeName,
    String recipientName, String status, String statusReason, String riskLevel, String resolutionNumber,
    String submittedBy, Instant submittedAt, long passed, long failed, List<PassportResult> patents) {

  /** The release passport of one patent: PENDING, CONSENT (waiting for co-owners), PASSED or FAILED with why. */
  public record PassportResult(String patentNumber, String passport, String reason, String jurisdictions,
      boolean frand, String riskLevel) {
  }
}
