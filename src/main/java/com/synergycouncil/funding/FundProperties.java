package com.synergycouncil.funding;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Committed capital of the joint fund per partner ({@code council.fund.committed-per-partner-won}). */
@Validated
@ConfigurationProperties("council.fund")
public record FundProperties(@PositiveOrZero long committedPerPartnerWon) {
}
