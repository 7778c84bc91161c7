package com.synergycouncil.funding.internal;

import com.synergycouncil.system.FormInput;
import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.funding.FundingApprovalProcess.Form;
import com.synergycouncil.funding.DueDiligence;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Stores the fund manager's scoring rubric and recommendation, and adds the reviewer to the users who may not
 * vote on this application (they prepared it).
 */
@Component("recordDueDiligenceListener")
class RecordDueDiligenceListener implements TaskListener {

  static final int MIN_SCORE = 1;
  static final int MAX_SCORE = 5;

  private final FundingApplications applications;

  RecordDueDiligenceListener(FundingApplications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput form = new FormInput(task);
    int impact = form.integer(Form.IMPACT_SCORE, MIN_SCORE, MAX_SCORE);
    int feasibility = form.integer(Form.FEASIBILITY_SCORE, MIN_SCORE, MAX_SCORE);
    int team = form.integer(Form.TEAM_SCORE, MIN_SCORE, MAX_SCORE);
    int financial = form.integer(Form.FINANCIAL_SCORE, MIN_SCORE, MAX_SCORE);
    form.confirmed(Form.CONFLICT_FREE);
    String recommendation = form.choice(Var.RECOMMENDATION, "APPROVE", "DECLINE");
    String summary = form.text(Form.DUE_DILIGENCE_SUMMARY, 20, 4000);
    form.check();
    String reviewer = task.getAssignee();
    applications.saveDueDiligence(longValue(task, Var.APPLICATION_ID), new DueDiligence(reviewer,
        impact, feasibility, team, financial, recommendation, summary, ClockUtil.now().toInstant()));
    String excluded = string(task, Var.EXCLUDED_USERS);
    if (reviewer != null) {
      task.setVariable(Var.EXCLUDED_USERS, excluded == null || excluded.isBlank() ? reviewer : excluded + "," + reviewer);
    }
  }
}
