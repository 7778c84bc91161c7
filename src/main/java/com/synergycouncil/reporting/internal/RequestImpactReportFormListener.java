package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactReportRequests;
import com.synergycouncil.reporting.ImpactReportRequests.QuarterRequest;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess.StartForm;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.FormVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Both start events of {@code QuarterlyImpactReportProcess}. When a person started it (its start form in Tasklist,
 * which Camunda puts on the timer start event, the process's initial one; or its message on {@code /engine-rest}),
 * checks the quarter asked for with the compliance page's rules and gives the instance that request's business key
 * and variables ({@link ImpactReportRequests#acceptFormStart}). The quarter's timer and the compliance page start it
 * with nobody acting in the engine and pass untouched.
 */
@Component("requestImpactReportFormListener")
class RequestImpactReportFormListener implements ExecutionListener {

  private final ImpactReportRequests requests;

  RequestImpactReportFormListener(ImpactReportRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormStart.whenStartedByPerson(execution, RequestImpactReportFormListener::read, requests::acceptFormStart);
  }

  static FormRequest<QuarterRequest> read(FormVariables form) {
    return form.request(new QuarterRequest(form.smallWholeNumber(StartForm.YEAR),
        form.smallWholeNumber(StartForm.QUARTER)));
  }
}
