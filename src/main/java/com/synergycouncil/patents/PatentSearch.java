package com.synergycouncil.patents;

/** Filters of a portfolio search; null means any. {@code text} matches number or title. */
public record PatentSearch(String partnerCode, String technologyField, String legalStatus, Boolean inPool,
    String text, int page, int size) {

  public static PatentSearch all() {
    return new PatentSearch(null, null, null, null, null, 0, 100);
  }
}
