package com.synergycouncil.funding.web;

import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.FundBalance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The joint fund's balance: committed, reserved, disbursed and available, per partner and in total. */
@RestController
class FundController {

  private final Fund fund;

  FundController(Fund fund) {
    this.fund = fund;
  }

  @GetMapping("/api/funding/fund")
  @PreAuthorize("@currentUser.isCouncilUser(authentication)")
  FundBalance balance() {
    return fund.balance();
  }
}
