package com.synergycouncil.funding.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Pays out the current tranche from the reservation and moves on to the next one. */
@Component("releaseTrancheDelegate")
class ReleaseTrancheDelegate implements JavaDelegate {

  private final Fund fund;
  private final FundingApplications applications;

  ReleaseTrancheDelegate(Fund fund, FundingApplications applications) {
    this.fund = fund;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = longValue(execution, Var.APPLICATION_ID);
    int number = longValue(execution, Var.TRANCHE_NUMBER).intValue();
    var tranches = applications.tranches(id);
    var tranche = tranches.get(number - 1);
    fund.disburse(id, tranche.amountWon(), number == tranches.size());
    applications.releaseTranche(id, number, ClockUtil.now().toInstant());
    execution.setVariable(Var.TRANCHE_NUMBER, number + 1);
  }
}
