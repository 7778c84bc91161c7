package com.synergycouncil.funding.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.Won;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The end states of an application that only record where it ended and why: each a thin delegate bean named
 * as the model refers to it.
 */
@Configuration(proxyBeanMethods = false)
class FundingOutcomeDelegates {

  @Bean
  JavaDelegate recordIneligibilityDelegate(FundingStatus status) {
    return execution -> status.change(execution, ApplicationStatus.INELIGIBLE,
        string(execution, Var.INELIGIBILITY_CODE) + ": " + string(execution, Var.INELIGIBILITY_REASON));
  }

  @Bean
  JavaDelegate recordDeclineDelegate(FundingStatus status) {
    return execution -> status.change(execution, ApplicationStatus.DECLINED,
        "due diligence recommended declining / 실사 결과 거절 권고");
  }

  @Bean
  JavaDelegate recordRejectionDelegate(FundingStatus status, FundingApplications applications) {
    return execution -> {
      String resolution = string(execution, Var.RESOLUTION_NUMBER);
      applications.recordResolution(longValue(execution, Var.APPLICATION_ID), resolution);
      status.change(execution, ApplicationStatus.REJECTED,
          "resolution " + resolution + ": " + string(execution, Var.RESOLUTION_OUTCOME));
    };
  }

  @Bean
  JavaDelegate recordFundExhaustedDelegate(FundingStatus status, Fund fund) {
    return execution -> status.change(execution, ApplicationStatus.FUND_EXHAUSTED,
        "the fund cannot cover %s; available %s / 기금 잔액 부족".formatted(
            Won.format(longValue(execution, Var.REQUESTED_AMOUNT_WON)), Won.format(fund.balance().availableWon())));
  }

  @Bean
  JavaDelegate completeAwardDelegate(FundingStatus status) {
    return execution -> status.change(execution, ApplicationStatus.COMPLETED, "every tranche released");
  }

  @Bean
  JavaDelegate processWithdrawalDelegate(FundingStatus status, FundingApplications applications, Fund fund) {
    return execution -> {
      long id = longValue(execution, Var.APPLICATION_ID);
      long released = fund.releaseRemaining(id);
      applications.cancelOpenTranches(id);
      String reason = string(execution, Var.WITHDRAWAL_REASON);
      status.change(execution, ApplicationStatus.WITHDRAWN, (reason == null ? "withdrawn by the applicant" : reason)
          + (released > 0 ? "; released " + Won.format(released) : ""), string(execution, Var.WITHDRAWN_BY));
    };
  }
}
