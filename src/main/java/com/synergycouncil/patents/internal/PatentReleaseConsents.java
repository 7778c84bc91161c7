package com.synergycouncil.patents.internal;

import java.util.List;
import org.springframework.stereotype.Component;

/** The collection of the co-owner consent task: one task per co-owner organisation whose consent is missing. */
@Component("patentReleaseConsents")
public class PatentReleaseConsents {

  private final ReleasePassport passport;

  PatentReleaseConsents(ReleasePassport passport) {
    this.passport = passport;
  }

  public List<String> awaitingConsent(Object requestId) {
    return passport.awaitingConsent(Long.parseLong(requestId.toString()));
  }
}
