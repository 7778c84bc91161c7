package com.synergycouncil.funding.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.funding.FundingApplication;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import com.synergycouncil.funding.Won;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Hands the eligibility table its inputs, and the forms the application's summary. */
@Component("gatherEligibilityFactsDelegate")
class GatherEligibilityFactsDelegate implements JavaDelegate {

  static final int SUMMARY_LENGTH = 600;

  private final FundingApplications applications;

  GatherEligibilityFactsDelegate(FundingApplications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = longValue(execution, Var.APPLICATION_ID);
    FundingApplication application = applications.find(id).orElseThrow();
    var now = ClockUtil.now().toInstant();
    Map<String, Object> facts = new HashMap<>();
    facts.put(Var.ESG_CATEGORY, application.esgCategory().name());
    facts.put(Var.REQUESTED_AMOUNT_WON, application.requestedAmountWon());
    facts.put(Var.EMPLOYEE_COUNT, application.employeeCount());
    facts.put(Var.AWARDED_IN_LAST_12_MONTHS, applications.awardedSince(application.businessRegistrationNumber(), id,
        now.minus(365, ChronoUnit.DAYS)));
    facts.put(Var.APPLICATION_TITLE, application.companyName() + " (" + application.businessRegistrationNumber() + ")");
    String description = application.description();
    facts.put(Var.APPLICATION_SUMMARY, "[" + application.esgCategory() + "] "
        + (description.length() > SUMMARY_LENGTH ? description.substring(0, SUMMARY_LENGTH) + "…" : description));
    facts.put(Var.REQUESTED_AMOUNT_DISPLAY, Won.format(application.requestedAmountWon()));
    execution.setVariables(facts);
  }
}
