package com.synergycouncil.reporting.internal;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code council.reports.virtualizer-max-pages}: how many filled pages a report keeps in memory; the rest wait in a
 * swap file in the temporary directory, so a quarter of any size fills in a bounded heap.
 */
@Validated
@ConfigurationProperties("council.reports")
public record ReportProperties(@DefaultValue("25") @Min(2) int virtualizerMaxPages) {
}
