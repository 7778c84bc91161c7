package com.synergycouncil.reporting.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.reporting.ImpactReports;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Signs the report version the compliance officer approved: from now on it is frozen. */
@Component("signImpactReportDelegate")
class SignImpactReportDelegate implements JavaDelegate {

  private final ImpactReports reports;

  SignImpactReportDelegate(ImpactReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.sign(longValue(execution, Var.REPORT_ID), string(execution, Var.SIGNED_BY),
        string(execution, Var.SIGN_OFF_COMMENT));
  }
}
