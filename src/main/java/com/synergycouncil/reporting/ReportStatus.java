package com.synergycouncil.reporting;

/** A report version is GENERATED until a compliance officer signs it; SIGNED is final and frozen. */
public enum ReportStatus {
  GENERATED, SIGNED
}
