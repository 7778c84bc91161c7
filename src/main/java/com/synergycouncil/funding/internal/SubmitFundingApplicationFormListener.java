package com.synergycouncil.funding.internal;

import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.system.FormStart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start event of {@code FundingApprovalProcess}: when a person started it through its start form, registers
 * the application with the API's rules and rows ({@link FundingApplicationService#acceptFormStart}). A start by the
 * API itself already did that and passes untouched.
 */
@Component("submitFundingApplicationFormListener")
class SubmitFundingApplicationFormListener implements ExecutionListener {

  private final FundingApplicationService service;

  SubmitFundingApplicationFormListener(FundingApplicationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormStart.whenStartedByPerson(execution, FundingApplicationForm::read,
        (form, person) -> service.acceptFormStart(form, person, execution.getProcessInstanceId()));
  }
}
