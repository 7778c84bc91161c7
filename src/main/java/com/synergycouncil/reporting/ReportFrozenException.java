package com.synergycouncil.reporting;

/** A change to a signed report: signed reports are frozen, a new generation makes a new version instead. */
public class ReportFrozenException extends RuntimeException {

  public ReportFrozenException(String message) {
    super(message);
  }
}
