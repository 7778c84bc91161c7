package com.synergycouncil.funding;

import java.time.Instant;

/** A stored funding application. */
public record FundingApplication(long id, String reference, String companyName, String businessRegistrationNumber,
    EsgCategory esgCategory, String description, long requestedAmountWon, int employeeCount, String contactName,
    String contactEmail, String contactPhone, ApplicationStatus status, String statusReason, String submittedBy,
    Instant submittedAt, String processInstanceId, String resolutionNumber, Instant awardedAt) {
}
