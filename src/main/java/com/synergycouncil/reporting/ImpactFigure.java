package com.synergycouncil.reporting;

import java.math.BigDecimal;

/** One figure of a report section: a code that identifies it, bilingual labels, its value and unit. */
public record ImpactFigure(String code, String labelKo, String labelEn, BigDecimal value, String unit) {

  public static ImpactFigure of(String code, String labelKo, String labelEn, long value, String unit) {
    return new ImpactFigure(code, labelKo, labelEn, BigDecimal.valueOf(value), unit);
  }

  public ImpactFigure withValue(BigDecimal newValue) {
    return new ImpactFigure(code, labelKo, labelEn, newValue, unit);
  }
}
