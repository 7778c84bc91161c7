package com.synergycouncil.funding;

/** A reservation that would take a partner's share of the fund below zero. Nothing was reserved. */
public class FundExhaustedException extends RuntimeException {

  public FundExhaustedException(String message) {
    super(message);
  }
}
