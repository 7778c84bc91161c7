package com.synergycouncil.publication;

import java.time.Instant;

/** A researcher's access request and, once taken, the AI lead's decision. */
public record AccessRequestView(long id, String outputRef, String researcher, String institution, String email,
    String purpose, String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt,
    String decisionNote) {
}
