package com.synergycouncil.patents;

import java.time.Instant;

/** A reported lawsuit of a licensee against a partner and the suspension of its defensive-termination licences. */
public record SuspensionView(String reference, String licensee, String suedPartner, String caseReference,
    String description, String status, int licencesSuspended, int licencesUnaffected, String reportedBy,
    Instant reportedAt, String decisionComment, String decidedBy, Instant decidedAt) {
}
