package com.synergycouncil.funding;

import java.math.BigDecimal;
import java.time.Instant;

/** A milestone report with the impact it claims, and the fund manager's decision on it. */
public record MilestoneReport(int trancheSeq, String summary, int jobsCreated, BigDecimal ghgReducedTonnes,
    BigDecimal plasticRecycledTonnes, String decision, String reviewComment, String reviewedBy, Instant reviewedAt) {
}
