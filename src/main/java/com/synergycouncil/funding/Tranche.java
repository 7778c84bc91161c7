package com.synergycouncil.funding;

import java.time.Instant;
import java.time.LocalDate;

/** A tranche of an award: paid out once the fund manager accepts its milestone report. */
public record Tranche(int seq, long amountWon, String milestone, LocalDate plannedDate, String status,
    Instant releasedAt) {
}
