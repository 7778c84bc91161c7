package com.synergycouncil.patents;

/** Ids and variable names of {@code bpmn/PatentReleaseProcess.bpmn}. */
public final class PatentReleaseProcess {

  public static final String KEY = "PatentReleaseProcess";
  public static final String SUBJECT_TYPE = "PATENT";
  public static final String RISK_DECISION = "PatentReleaseRisk";

  public static final String TASK_CHECK_RELEASE_PASSPORTS = "Task_CheckReleasePassports";
  public static final String TASK_OBTAIN_CO_OWNER_CONSENT = "Task_ObtainCoOwnerConsent";
  public static final String TASK_DECIDE_IN_COUNCIL = "Task_DecideInCouncil";
  public static final String TASK_GRANT_RELEASES = "Task_GrantReleases";
  public static final String TASK_REPORT_USE_AFTER_SIX_MONTHS = "Task_ReportUseAfterSixMonths";
  public static final String TASK_REPORT_USE_AFTER_TWELVE_MONTHS = "Task_ReportUseAfterTwelveMonths";
  public static final String TIMER_SIX_MONTHS = "IntermediateEvent_SixMonthsAfterRelease";
  public static final String TIMER_TWELVE_MONTHS = "IntermediateEvent_TwelveMonthsAfterRelease";
  public static final String END_NOTHING_RELEASABLE = "EndEvent_NothingReleasable";
  public static final String END_REJECTED = "EndEvent_ReleaseRejected";
  public static final String END_RELEASED = "EndEvent_PatentsReleased";
  public static final String END_FOLLOWED_UP = "EndEvent_ReleaseFollowedUp";

  /** Process variables. */
  public static final class Var {
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_REF = "requestRef";
    public static final String REQUEST_KIND = "requestKind";
    public static final String RECIPIENT_NAME = "recipientName";
    public static final String EXCLUDED_USERS = "excludedUsers";
    public static final String CONSENT_NEEDED = "consentNeeded";
    public static final String CO_OWNER = "coOwner";
    public static final String RELEASABLE_COUNT = "releasableCount";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String REQUEST_TITLE = "requestTitle";
    public static final String REQUEST_SUMMARY = "requestSummary";
    public static final String PATENT_COUNT_DISPLAY = "patentCountDisplay";
    public static final String RESOLUTION_OUTCOME = "resolutionOutcome";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String FOLLOW_UP_DUE = "followUpDue";

    private Var() {
    }
  }

  /** The start form: what an IP officer fills in to request a release (the API's request, one patent a line). */
  public static final class StartForm {
    public static final String ID = "RequestPatentReleaseForm";
    public static final String KIND = "kind";
    public static final String PARTNER_CODE = "partnerCode";
    public static final String PROGRAMME_NAME = "programmeName";
    public static final String RECIPIENT_NAME = "recipientName";
    public static final String RECIPIENT_BRN = "recipientBrn";
    public static final String USE_PLAN = "usePlan";
    public static final String FIELD_OF_USE = "fieldOfUse";
    /** One patent number a line; blank lines are ignored. */
    public static final String PATENT_NUMBERS = "patentNumbers";

    private StartForm() {
    }
  }

  /** Fields of the Camunda Forms of this process. */
  public static final class Form {
    public static final String CONSENT_DECISION = "consentDecision";
    public static final String CONSENT_COMMENT = "consentComment";
    public static final String PRODUCTS_DESCRIPTION = "productsDescription";
    public static final String SALES_WON = "salesWon";

    private Form() {
    }
  }

  private PatentReleaseProcess() {
  }
}
