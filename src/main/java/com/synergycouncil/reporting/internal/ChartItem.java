package com.synergycouncil.reporting.internal;

import java.math.BigDecimal;

/** One bar or slice of a report chart. */
public record ChartItem(String label, BigDecimal value) {

  static ChartItem of(String label, long value) {
    return new ChartItem(label, BigDecimal.valueOf(value));
  }
}
