package com.synergycouncil.funding;

import java.util.List;

/** The fund's capital: per partner and in total. Available = committed - reserved - disbursed. */
public record FundBalance(List<PartnerBalance> partners, long committedWon, long reservedWon, long disbursedWon,
    long availableWon) {

  public record PartnerBalance(String partnerCode, long committedWon, long reservedWon, long disbursedWon,
      long availableWon) {
  }

  static FundBalance of(List<PartnerBalance> partners) {
    return new FundBalance(partners,
        partners.stream().mapToLong(PartnerBalance::committedWon).sum(),
        partners.stream().mapToLong(PartnerBalance::reservedWon).sum(),
        partners.stream().mapToLong(PartnerBalance::disbursedWon).sum(),
        partners.stream().mapToLong(PartnerBalance::availableWon).sum());
  }
}
