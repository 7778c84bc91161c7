package com.synergycouncil.funding;

import java.time.Instant;

/** A fund manager's due diligence: the scoring rubric (1-5 each) and the recommendation. */
public record DueDiligence(String reviewer, int impactScore, int feasibilityScore, int teamScore, int financialScore,
    String recommendation, String summary, Instant reviewedAt) {
}
