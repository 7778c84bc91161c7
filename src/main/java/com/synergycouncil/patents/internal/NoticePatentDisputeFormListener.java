package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.DisputeNotice;
import com.synergycouncil.patents.PatentDisputeService;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.FormVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start event of {@code PatentDisputeMediationProcess}: when a person started it through its start form ({@code NoticePatentDisputeForm}, the
 * fields of the API's {@link DisputeNotice}), registers it with the API's rules and rows
 * ({@link PatentDisputeService#acceptFormStart}).
 */
@Component("noticePatentDisputeFormListener")
class NoticePatentDisputeFormListener implements ExecutionListener {

  private final PatentDisputeService service;

  NoticePatentDisputeFormListener(PatentDisputeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormStart.whenStartedByPerson(execution, NoticePatentDisputeFormListener::read,
        (form, person) -> service.acceptFormStart(form, person, execution.getProcessInstanceId()));
  }

  static FormRequest<DisputeNotice> read(FormVariables form) {
    return form.request(new DisputeNotice(form.text("claimantPartner"), form.text("respondentPartner"),
        form.text("patentNumber"), form.text("grievance")));
  }
}
