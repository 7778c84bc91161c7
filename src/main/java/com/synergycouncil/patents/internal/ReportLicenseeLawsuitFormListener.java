package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.LawsuitReport;
import com.synergycouncil.patents.LicenceSuspensionService;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.FormVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start event of {@code LicenceSuspensionProcess}: when a person started it through its start form ({@code ReportLicenseeLawsuitForm}, the
 * fields of the API's {@link LawsuitReport}), registers it with the API's rules and rows
 * ({@link LicenceSuspensionService#acceptFormStart}).
 */
@Component("reportLicenseeLawsuitFormListener")
class ReportLicenseeLawsuitFormListener implements ExecutionListener {

  private final LicenceSuspensionService service;

  ReportLicenseeLawsuitFormListener(LicenceSuspensionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormStart.whenStartedByPerson(execution, ReportLicenseeLawsuitFormListener::read,
        (form, person) -> service.acceptFormStart(form, person, execution.getProcessInstanceId()));
  }

  static FormRequest<LawsuitReport> read(FormVariables form) {
    return form.request(new LawsuitReport(form.text("licensee"), form.text("suedPartner"),
        form.text("caseReference"), form.text("description")));
  }
}
