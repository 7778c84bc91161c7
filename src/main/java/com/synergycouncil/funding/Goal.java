package com.synergycouncil.funding;

import java.math.BigDecimal;

/** An impact goal of an application, e.g. 2,400 tonnes of plastic recycled. */
public record Goal(ImpactMetric metric, BigDecimal target) {
}
