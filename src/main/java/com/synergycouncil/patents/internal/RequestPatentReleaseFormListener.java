package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.system.FormStart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start event of {@code PatentReleaseProcess}: when a person started it through its start form, registers the
 * request with the API's rules and rows ({@link PatentReleaseService#acceptFormStart}).
 */
@Component("requestPatentReleaseFormListener")
class RequestPatentReleaseFormListener implements ExecutionListener {

  private final PatentReleaseService service;

  RequestPatentReleaseFormListener(PatentReleaseService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormStart.whenStartedByPerson(execution, ReleaseRequestForm::read,
        (form, person) -> service.acceptFormStart(form, person, execution.getProcessInstanceId()));
  }
}
