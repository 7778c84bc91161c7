package com.synergycouncil.funding.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import com.synergycouncil.funding.Won;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Keeps the application's status in step with its process. Used from the model as
 * {@code ${fundingStatus.enter(execution, 'IN_COUNCIL')}} and {@code ${fundingStatus.prepareTranche(execution)}}.
 */
@Component("fundingStatus")
public class FundingStatus {

  private final FundingApplications applications;

  FundingStatus(FundingApplications applications) {
    this.applications = applications;
  }

  public void enter(DelegateExecution execution, String status) {
    change(execution, ApplicationStatus.valueOf(status), null);
  }

  void change(DelegateExecution execution, ApplicationStatus status, String reason) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    change(execution, status, reason, current == null ? null : current.getUserId());
  }

  /** Records who acted where the engine cannot know it (a withdrawal correlated on a person's behalf). */
  void change(DelegateExecution execution, ApplicationStatus status, String reason, String actor) {
    applications.changeStatus(longValue(execution, Var.APPLICATION_ID), status, reason, actor,
        ClockUtil.now().toInstant());
  }

  /** Puts the current tranche's milestone and amount where the milestone review form shows them. */
  public void prepareTranche(DelegateExecution execution) {
    long id = longValue(execution, Var.APPLICATION_ID);
    int number = longValue(execution, Var.TRANCHE_NUMBER).intValue();
    var tranches = applications.tranches(id);
    var tranche = tranches.get(number - 1);
    execution.setVariable(Var.TRANCHE_LABEL, "%d / %d".formatted(number, tranches.size()));
    execution.setVariable(Var.CURRENT_MILESTONE, tranche.milestone());
    execution.setVariable(Var.CURRENT_TRANCHE_AMOUNT_DISPLAY, Won.format(tranche.amountWon()));
  }
}
