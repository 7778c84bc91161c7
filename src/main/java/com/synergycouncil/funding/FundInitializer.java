package com.synergycouncil.funding;

import com.synergycouncil.council.CouncilRoster;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start, every active partner has a fund account at the configured commitment. */
@Component
@Order(0)
class FundInitializer implements ApplicationRunner {

  private final Fund fund;
  private final CouncilRoster roster;
  private final FundProperties properties;

  FundInitializer(Fund fund, CouncilRoster roster, FundProperties properties) {
    this.fund = fund;
    this.roster = roster;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    roster.activePartnerCodes().forEach(code -> fund.commit(code, properties.committedPerPartnerWon()));
  }
}
