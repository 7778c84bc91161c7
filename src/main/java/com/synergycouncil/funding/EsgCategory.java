package com.synergycouncil.funding;

/** The ESG area an application belongs to; the FundingEligibility DMN table says which the fund covers. */
public enum EsgCategory {
  CIRCULAR_ECONOMY, CLIMATE_ENERGY, DIGITAL_INCLUSION, SOCIAL_INNOVATION, OTHER
}
