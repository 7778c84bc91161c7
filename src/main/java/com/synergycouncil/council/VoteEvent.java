package com.synergycouncil.council;

import java.time.Instant;

/** One act on a council decision: a vote, a recusal, an escalation. */
public record VoteEvent(String partnerCode, String memberId, VoteEventType type, VoteChoice vote, String comment,
    String conflictReason, String recordedBy, Instant recordedAt) {
}
