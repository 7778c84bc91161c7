package com.synergycouncil.patents;

import java.time.Instant;

/** A dispute between the partners under the no-dispute pledge, and where its mediation stands. */
public record DisputeView(String reference, String claimantPartner, String respondentPartner, String patentNumber,
    String grievance, String status, String outcome, String outcomeSummary, Instant noticedAt, Instant closedAt,
    int assertionsRecorded) {

  public boolean mediationOpen() {
    return !"CLOSED".equals(status);
  }
}
