package com.synergycouncil.funding;

/** Ids and variable names of {@code bpmn/FundingApprovalProcess.bpmn}. */
public final class FundingApprovalProcess {

  public static final String KEY = "FundingApprovalProcess";
  public static final String SUBJECT_TYPE = "FUNDING";

  public static final String TASK_GATHER_ELIGIBILITY_FACTS = "Task_GatherEligibilityFacts";
  public static final String TASK_SCREEN_ELIGIBILITY = "Task_ScreenEligibility";
  public static final String TASK_PERFORM_DUE_DILIGENCE = "Task_PerformDueDiligence";
  public static final String TASK_DECIDE_IN_COUNCIL = "Task_DecideInCouncil";
  public static final String TASK_RESERVE_BUDGET = "Task_ReserveBudget";
  public static final String TASK_REVIEW_MILESTONE_REPORT = "Task_ReviewMilestoneReport";
  public static final String TASK_RELEASE_TRANCHE = "Task_ReleaseTranche";
  public static final String END_INELIGIBLE = "EndEvent_ApplicationIneligible";
  public static final String END_DECLINED = "EndEvent_ApplicationDeclined";
  public static final String END_REJECTED = "EndEvent_FundingRejected";
  public static final String END_FUND_EXHAUSTED = "EndEvent_FundExhausted";
  public static final String END_COMPLETED = "EndEvent_FundingCompleted";
  public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

  public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";
  public static final String ERROR_FUND_EXHAUSTED = "FUND_EXHAUSTED";

  /** Process variables. */
  public static final class Var {
    public static final String APPLICATION_ID = "applicationId";
    public static final String APPLICATION_REF = "applicationRef";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String EXCLUDED_USERS = "excludedUsers";
    public static final String ESG_CATEGORY = "esgCategory";
    public static final String REQUESTED_AMOUNT_WON = "requestedAmountWon";
    public static final String EMPLOYEE_COUNT = "employeeCount";
    public static final String AWARDED_IN_LAST_12_MONTHS = "awardedInLast12Months";
    public static final String APPLICATION_TITLE = "applicationTitle";
    public static final String APPLICATION_SUMMARY = "applicationSummary";
    public static final String REQUESTED_AMOUNT_DISPLAY = "requestedAmountDisplay";
    public static final String ELIGIBLE = "eligible";
    public static final String INELIGIBILITY_CODE = "ineligibilityCode";
    public static final String INELIGIBILITY_REASON = "ineligibilityReason";
    public static final String RECOMMENDATION = "recommendation";
    public static final String RESOLUTION_OUTCOME = "resolutionOutcome";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String TRANCHE_COUNT = "trancheCount";
    public static final String TRANCHE_NUMBER = "trancheNumber";
    public static final String TRANCHE_LABEL = "trancheLabel";
    public static final String CURRENT_MILESTONE = "currentMilestone";
    public static final String CURRENT_TRANCHE_AMOUNT_DISPLAY = "currentTrancheAmountDisplay";
    public static final String MILESTONE_ACCEPTED = "milestoneAccepted";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String WITHDRAWN_BY = "withdrawnBy";

    private Var() {
    }
  }

  /** The start form: what a fund manager (or a sponsoring executive) fills in to submit an application. */
  public static final class StartForm {
    public static final String ID = "SubmitFundingApplicationForm";
    public static final String COMPANY_NAME = "companyName";
    public static final String BUSINESS_REGISTRATION_NUMBER = "businessRegistrationNumber";
    public static final String ESG_CATEGORY = "esgCategory";
    public static final String DESCRIPTION = "description";
    public static final String REQUESTED_AMOUNT_WON = "requestedAmountWon";
    public static final String EMPLOYEE_COUNT = "employeeCount";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    /** One tranche a line: {@code amount | milestone | planned date (YYYY-MM-DD, optional)}. */
    public static final String TRANCHES = "tranches";
    /** Up to four impact goals: {@code goal1Metric}, {@code goal1Target} ... {@code goal4Target}. */
    public static final int GOALS = 4;

    public static String goalMetric(int n) {
      return "goal" + n + "Metric";
    }

    public static String goalTarget(int n) {
      return "goal" + n + "Target";
    }

    private StartForm() {
    }
  }

  /** Fields of the Camunda Forms of this process. */
  public static final class Form {
    public static final String IMPACT_SCORE = "impactScore";
    public static final String FEASIBILITY_SCORE = "feasibilityScore";
    public static final String TEAM_SCORE = "teamScore";
    public static final String FINANCIAL_SCORE = "financialScore";
    public static final String CONFLICT_FREE = "conflictFree";
    public static final String DUE_DILIGENCE_SUMMARY = "dueDiligenceSummary";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String JOBS_CREATED = "jobsCreated";
    public static final String GHG_REDUCED_TONNES = "ghgReducedTonnes";
    public static final String PLASTIC_RECYCLED_TONNES = "plasticRecycledTonnes";
    public static final String MILESTONE_DECISION = "milestoneDecision";
    public static final String REVIEW_COMMENT = "reviewComment";

    private Form() {
    }
  }

  private FundingApprovalProcess() {
  }
}
