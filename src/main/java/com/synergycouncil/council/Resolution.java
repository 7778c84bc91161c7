package com.synergycouncil.council;

import java.time.Instant;
import java.util.List;

/** An entry of the resolution register, with every act behind it. */
public record Resolution(String number, String subjectType, String subjectRef, String subjectTitle, Long amountWon,
    String votingTier, ResolutionOutcome outcome, int partnersApproving, int partnersRequired, int rejections,
    Instant decidedAt, List<VoteEvent> events) {
}
