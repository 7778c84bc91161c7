package com.synergycouncil.patents;

/** Ids and variable names of {@code bpmn/LicenceSuspensionProcess.bpmn}. */
public final class LicenceSuspensionProcess {

  public static final String KEY = "LicenceSuspensionProcess";
  public static final String MESSAGE_LAWSUIT_REPORTED = "LicenseeLawsuitReported";

  public static final String TASK_SUSPEND_LICENCES = "Task_SuspendLicences";
  public static final String TASK_DECIDE_SUSPENSION = "Task_DecideSuspension";
  public static final String END_TERMINATED = "EndEvent_LicencesTerminated";
  public static final String END_LIFTED = "EndEvent_SuspensionLifted";

  /** Process variables and form fields. */
  public static final class Var {
    public static final String SUSPENSION_ID = "suspensionId";
    public static final String SUSPENSION_REF = "suspensionRef";
    public static final String LICENSEE = "licensee";
    public static final String SUED_PARTNER = "suedPartner";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String LICENCES_SUSPENDED = "licencesSuspended";
    public static final String LICENCES_UNAFFECTED = "licencesUnaffected";
    public static final String DECISION = "suspensionDecision";
    public static final String COMMENT = "decisionComment";

    private Var() {
    }
  }

  private LicenceSuspensionProcess() {
  }
}
