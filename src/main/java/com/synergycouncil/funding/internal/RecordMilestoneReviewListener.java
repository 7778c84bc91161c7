package com.synergycouncil.funding.internal;

import com.synergycouncil.system.FormInput;
import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.funding.FundingApprovalProcess.Form;
import com.synergycouncil.funding.MilestoneReport;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Stores a milestone report with the impact it claims, and whether the fund manager accepted it. */
@Component("recordMilestoneReviewListener")
class RecordMilestoneReviewListener implements TaskListener {

  static final String ACCEPT = "ACCEPT";
  static final String REVISE = "REVISE";
  static final int MAX_JOBS = 1_000_000;

  private final FundingApplications applications;

  RecordMilestoneReviewListener(FundingApplications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput form = new FormInput(task);
    String summary = form.text(Form.REPORT_SUMMARY, 10, 4000);
    int jobs = form.integer(Form.JOBS_CREATED, 0, MAX_JOBS);
    var ghg = form.tonnes(Form.GHG_REDUCED_TONNES);
    var plastic = form.tonnes(Form.PLASTIC_RECYCLED_TONNES);
    String decision = form.choice(Form.MILESTONE_DECISION, ACCEPT, REVISE);
    String comment = form.text(Form.REVIEW_COMMENT, 0, 2000);
    form.check();
    applications.saveMilestoneReport(longValue(task, Var.APPLICATION_ID), new MilestoneReport(
        longValue(task, Var.TRANCHE_NUMBER).intValue(), summary, jobs, ghg, plastic, decision, comment,
        task.getAssignee(), ClockUtil.now().toInstant()));
    task.setVariable(Var.MILESTONE_ACCEPTED, ACCEPT.equals(decision));
  }
}
