package com.synergycouncil.system;

import java.util.Locale;

/** The Camunda groups the product works with. */
public final class Groups {

  public static final String ADMINS = "camunda-admin";
  public static final String COUNCIL_CHAIR = "council-chair";
  public static final String FUND_MANAGERS = "fund-managers";
  public static final String COMPLIANCE = "compliance";
  public static final String EXECUTIVES_PREFIX = "executives-";
  public static final String AI_LEADS = "ai-leads";
  public static final String IP_OFFICERS = "ip-officers";
  public static final String PRIVACY_REVIEWERS = "privacy-reviewers";
  public static final String SECURITY_REVIEWERS = "security-reviewers";
  public static final String LEGAL_REVIEWERS = "legal-reviewers";

  private Groups() {
  }

  /** The executives of one partner, e.g. {@code executives-skt}. */
  public static String executivesOf(String partnerCode) {
    return EXECUTIVES_PREFIX + partnerCode.toLowerCase(Locale.ROOT);
  }
}
