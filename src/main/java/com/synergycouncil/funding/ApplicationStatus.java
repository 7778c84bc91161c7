package com.synergycouncil.funding;

/** Where an application stands; it follows the process. */
public enum ApplicationStatus {
  SUBMITTED, INELIGIBLE, IN_DUE_DILIGENCE, DECLINED, IN_COUNCIL, REJECTED, FUND_EXHAUSTED, AWARDED, COMPLETED,
  WITHDRAWN;

  /** Whether the process has ended for good. */
  public boolean isFinal() {
    return switch (this) {
      case INELIGIBLE, DECLINED, REJECTED, FUND_EXHAUSTED, COMPLETED, WITHDRAWN -> true;
      default -> false;
    };
  }
}
