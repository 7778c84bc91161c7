package com.synergycouncil.funding;

import java.time.Instant;

/** One step of an application's status history. */
public record StatusChange(ApplicationStatus status, String reason, String changedBy, Instant changedAt) {
}
