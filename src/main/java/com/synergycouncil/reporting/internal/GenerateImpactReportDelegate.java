package com.synergycouncil.reporting.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.reporting.ImpactReport;
import com.synergycouncil.reporting.ImpactReports;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Generates the next version of the quarter's report. The quarter comes from {@code year} and {@code quarter} (an
 * on-demand request); on the timer start it is the quarter that has just closed in Korean time, fixed in the
 * variables (and the business key IR-YYYY-QN) so a later regeneration reports on the same quarter. Runs as an asynchronous job: a failure rolls back,
 * the engine retries, and after the last retry the job becomes an incident. Nothing is lost or half-stored.
 */
@Component("generateImpactReportDelegate")
class GenerateImpactReportDelegate implements JavaDelegate {

  static final String SYSTEM = "system";

  private final ImpactReports reports;

  GenerateImpactReportDelegate(ImpactReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long year = longValue(execution, Var.YEAR);
    Long quarterNumber = longValue(execution, Var.QUARTER);
    Quarter quarter = year == null || quarterNumber == null
        ? Quarter.lastClosedAt(ClockUtil.now().toInstant())
        : new Quarter(year.intValue(), quarterNumber.intValue());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(QuarterlyImpactReportProcess.businessKey(quarter));
    }
    String requestedBy = string(execution, Var.REQUESTED_BY);
    ImpactReport report = reports.generate(quarter, requestedBy == null ? SYSTEM : requestedBy,
        execution.getProcessInstanceId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.YEAR, quarter.year());
    variables.put(Var.QUARTER, quarter.quarter());
    variables.put(Var.REPORT_ID, report.id());
    variables.put(Var.REPORT_VERSION, report.version());
    variables.put(Var.REPORT_LABEL, quarter.labelKo() + " / " + quarter.label());
    variables.put(Var.REPORT_SHA256, report.pdfSha256());
    variables.put(Var.REPORT_PDF_PATH, "/reports/impact/%d/Q%d.pdf?version=%d".formatted(quarter.year(),
        quarter.quarter(), report.version()));
    variables.put(Var.SIGN_OFF_DECISION, null);
    variables.put(Var.SIGN_OFF_COMMENT, null);
    execution.setVariables(variables);
  }
}
