package com.synergycouncil.patents;

import java.time.LocalDate;
import java.util.List;

/** A patent of one partner's portfolio, with its co-owners and the licences and assignments granted on it. */
public record Patent(String partnerCode, String number, String title, String jurisdiction, String familyId,
    LocalDate filingDate, LocalDate grantDate, LocalDate expiryDate, String legalStatus, String feeStatus,
    boolean standardEssential, String technologyField, int strategicValue, String pledgedTo, boolean inPool,
    List<String> coOwners, List<Licence> licences) {

  /** A licence, assignment or pool membership recorded on the patent. */
  public record Licence(String licensee, String kind, boolean exclusive, String fieldOfUse, boolean royaltyFree,
      boolean defensiveTermination, boolean frand, String status, String sourceRequest) {
  }
}
