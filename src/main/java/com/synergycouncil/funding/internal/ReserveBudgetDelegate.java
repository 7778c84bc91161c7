package com.synergycouncil.funding.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.FundExhaustedException;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Reserves the approved amount in the fund; an exhausted fund is a BPMN error with a path of its own. */
@Component("reserveBudgetDelegate")
class ReserveBudgetDelegate implements JavaDelegate {

  private final Fund fund;
  private final FundingApplications applications;
  private final FundingStatus status;

  ReserveBudgetDelegate(Fund fund, FundingApplications applications, FundingStatus status) {
    this.fund = fund;
    this.applications = applications;
    this.status = status;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = longValue(execution, Var.APPLICATION_ID);
    try {
      fund.reserve(id, longValue(execution, Var.REQUESTED_AMOUNT_WON));
    } catch (FundExhaustedException exhausted) {
      throw new BpmnError(FundingApprovalProcess.ERROR_FUND_EXHAUSTED, exhausted.getMessage());
    }
    applications.recordAward(id, string(execution, Var.RESOLUTION_NUMBER), ClockUtil.now().toInstant());
    status.change(execution, ApplicationStatus.AWARDED, "resolution " + string(execution, Var.RESOLUTION_NUMBER));
    execution.setVariable(Var.TRANCHE_COUNT, applications.tranches(id).size());
    execution.setVariable(Var.TRANCHE_NUMBER, 1);
  }
}
