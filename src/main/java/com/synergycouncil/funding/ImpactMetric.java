package com.synergycouncil.funding;

/** Impact indicators an award is measured against, with their IRIS+ codes where one exists. */
public enum ImpactMetric {
  JOBS_CREATED("PI3687", "jobs"),
  GHG_REDUCED_TONNES("OI4862", "tCO2e"),
  PLASTIC_RECYCLED_TONNES(null, "t"),
  FEMALE_OWNERSHIP_PERCENT("OI2840", "%");

  private final String irisCode;
  private final String unit;

  ImpactMetric(String irisCode, String unit) {
    this.irisCode = irisCode;
    this.unit = unit;
  }

  public String irisCode() {
    return irisCode;
  }

  public String unit() {
    return unit;
  }
}
