package com.synergycouncil.council;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How long a member has to vote before the chair is asked to act ({@code council.voting.vote-period}). */
@Validated
@ConfigurationProperties("council.voting")
public record VotingProperties(@NotNull Duration votePeriod) {
}
