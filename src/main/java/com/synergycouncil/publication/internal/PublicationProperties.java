package com.synergycouncil.publication.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code council.publication.staged-open-after}: how long a staged release stays gated before it opens to everyone,
 * as an ISO-8601 duration (default P30D).
 */
@ConfigurationProperties("council.publication")
record PublicationProperties(String stagedOpenAfter) {

  PublicationProperties {
    if (stagedOpenAfter == null || stagedOpenAfter.isBlank()) {
      stagedOpenAfter = "P30D";
    }
    java.time.Duration.parse(stagedOpenAfter); // fails the start on a value the engine's timer would not take
  }
}
