package com.synergycouncil.council;

/** How a council decision ended, as the ResolutionOutcome DMN table decides it. */
public enum ResolutionOutcome {
  /** At least one approval from each partner and no rejection. */
  PASSED,
  /** A partner rejected: either partner can veto. */
  VETOED,
  /** Not every partner approved (abstention, or no eligible voter left). */
  NOT_PASSED
}
