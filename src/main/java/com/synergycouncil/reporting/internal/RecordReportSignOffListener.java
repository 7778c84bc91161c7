package com.synergycouncil.reporting.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.reporting.ImpactReports;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the compliance officer's sign-off (SIGN, or REGENERATE with the reason why) and records who decided. What
 * the form should have refused is refused here too, so nothing happens and the task stays open.
 */
@Component("recordReportSignOffListener")
class RecordReportSignOffListener implements TaskListener {

  static final int MAX_COMMENT = 2000;

  private final ImpactReports reports;

  RecordReportSignOffListener(ImpactReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = string(task, Var.SIGN_OFF_DECISION);
    String comment = string(task, Var.SIGN_OFF_COMMENT);
    if (!QuarterlyImpactReportProcess.SIGN.equals(decision) && !QuarterlyImpactReportProcess.REGENERATE.equals(decision)) {
      throw new BadUserRequestException("signOffDecision: must be SIGN or REGENERATE");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new BadUserRequestException("signOffComment: at most " + MAX_COMMENT + " characters");
    }
    if (QuarterlyImpactReportProcess.REGENERATE.equals(decision)) {
      if (comment == null || comment.isBlank()) {
        throw new BadUserRequestException("signOffComment: say why the report must be generated again");
      }
      reports.noteRegeneration(longValue(task, Var.REPORT_ID), comment);
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String officer = current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    task.setVariable(Var.SIGN_OFF_DECISION, decision);
    task.setVariable(Var.SIGNED_BY, officer);
  }
}
