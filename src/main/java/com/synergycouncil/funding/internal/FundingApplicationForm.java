package com.synergycouncil.funding.internal;

import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import com.synergycouncil.funding.FundingApprovalProcess.StartForm;
import com.synergycouncil.funding.ImpactMetric;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormVariables;
import com.synergycouncil.system.FormVariables.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code SubmitFundingApplicationForm} into the API's {@link FundingApplicationRequest}: the contact's three
 * fields into {@code contact}, the tranches (one a line, {@code amount | milestone | planned date}) into
 * {@code tranches}, the goal slots that have a metric into {@code impactGoals}. Checks nothing itself.
 */
final class FundingApplicationForm {

  static final String SEPARATOR = "\\|";

  private FundingApplicationForm() {
  }

  static FormRequest<FundingApplicationRequest> read(FormVariables form) {
    String phone = form.text(StartForm.CONTACT_PHONE);
    Contact contact = new Contact(form.text(StartForm.CONTACT_NAME), form.text(StartForm.CONTACT_EMAIL), phone);
    FundingApplicationRequest request = new FundingApplicationRequest(form.text(StartForm.COMPANY_NAME),
        form.text(StartForm.BUSINESS_REGISTRATION_NUMBER), form.choice(StartForm.ESG_CATEGORY, EsgCategory.class),
        form.text(StartForm.DESCRIPTION), form.wholeNumber(StartForm.REQUESTED_AMOUNT_WON),
        form.smallWholeNumber(StartForm.EMPLOYEE_COUNT), contact, tranches(form), goals(form));
    return form.request(request);
  }

  private static List<TranchePlan> tranches(FormVariables form) {
    List<TranchePlan> tranches = new ArrayList<>();
    for (Line line : form.lines(StartForm.TRANCHES)) {
      String[] parts = line.text().split(SEPARATOR, -1);
      if (parts.length < 2 || parts.length > 3) {
        form.problem(StartForm.TRANCHES + " line " + line.number(),
            "write amount | milestone | planned date (YYYY-MM-DD, optional)");
        tranches.add(null);
        continue;
      }
      BigDecimal amount = form.number(line, "amountWon", parts[0].trim());
      String milestone = parts[1].trim();
      tranches.add(new TranchePlan(whole(form, line, amount), milestone.isEmpty() ? null : milestone,
          parts.length == 3 ? date(form, line, parts[2].trim()) : null));
    }
    return tranches;
  }

  private static Long whole(FormVariables form, Line line, BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    try {
      return amount.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException notWhole) {
      form.problem(StartForm.TRANCHES + " line " + line.number() + " amountWon", "must be a whole number of won");
      return null;
    }
  }

  private static LocalDate date(FormVariables form, Line line, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      form.problem(StartForm.TRANCHES + " line " + line.number() + " plannedDate", "must be a date YYYY-MM-DD");
      return null;
    }
  }

  private static List<ImpactGoal> goals(FormVariables form) {
    List<ImpactGoal> goals = new ArrayList<>();
    for (int n = 1; n <= StartForm.GOALS; n++) {
      ImpactMetric metric = form.choice(StartForm.goalMetric(n), ImpactMetric.class);
      BigDecimal target = form.decimal(StartForm.goalTarget(n));
      if (metric != null || target != null) {
        goals.add(new ImpactGoal(metric, target));
      }
    }
    return goals;
  }
}
