package com.synergycouncil.publication;

/** Ids and variable names of {@code bpmn/AiOutputPublicationProcess.bpmn}. */
public final class AiOutputPublicationProcess {

  public static final String KEY = "AiOutputPublicationProcess";
  public static final String SUBJECT_TYPE = "AI_OUTPUT";
  public static final String LICENCE_DECISION = "DatasetLicenceCompatibility";

  public static final String TASK_CHECK_LICENCE_COMPATIBILITY = "Task_CheckLicenceCompatibility";
  public static final String TASK_CHECK_PERSONAL_DATA = "Task_CheckPersonalData";
  public static final String TASK_CHECK_DOCUMENTATION = "Task_CheckDocumentation";
  public static final String TASK_REVIEW_PRIVACY = "Task_ReviewPrivacy";
  public static final String TASK_REVIEW_SECURITY = "Task_ReviewSecurity";
  public static final String TASK_REVIEW_LICENCE = "Task_ReviewLicence";
  public static final String TASK_REVISE_REQUEST = "Task_RevisePublicationRequest";
  public static final String TASK_DECIDE_IN_COUNCIL = "Task_DecideInCouncil";
  public static final String TASK_PUBLISH_OUTPUT = "Task_PublishOutput";
  public static final String TASK_HANDLE_RELEASE_INCIDENT = "Task_HandleReleaseIncident";
  public static final String EVENT_STAGED_PERIOD_ELAPSED = "IntermediateEvent_StagedPeriodElapsed";
  public static final String EVENT_INCIDENT_REPORTED = "IntermediateEvent_IncidentReported";
  public static final String END_BLOCKED = "EndEvent_RequestBlocked";
  public static final String END_REJECTED = "EndEvent_PublicationRejected";
  public static final String END_PUBLISHED = "EndEvent_OutputPublished";
  public static final String END_STAGED_OPENED = "EndEvent_StagedReleaseOpened";
  public static final String END_WITHDRAWN = "EndEvent_OutputWithdrawn";

  public static final String MESSAGE_INCIDENT_REPORTED = "ReleaseIncidentReported";

  /** Process variables. */
  public static final class Var {
    public static final String OUTPUT_ID = "outputId";
    public static final String OUTPUT_REF = "outputRef";
    public static final String OUTPUT_TITLE = "outputTitle";
    public static final String OUTPUT_SUMMARY = "outputSummary";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String EXCLUDED_USERS = "excludedUsers";
    public static final String PARTNER_CODES = "partnerCodes";
    public static final String AUDIENCE = "audience";
    public static final String LICENCE = "licence";
    public static final String RELEASE_TYPE = "releaseType";
    public static final String PUBLICATION_TERMS = "publicationTerms";
    public static final String LICENCE_GATE_PASSED = "licenceGatePassed";
    public static final String LICENCE_GATE_REASONS = "licenceGateReasons";
    public static final String PERSONAL_DATA_GATE_PASSED = "personalDataGatePassed";
    public static final String PERSONAL_DATA_GATE_REASONS = "personalDataGateReasons";
    public static final String DOCUMENTATION_GATE_PASSED = "documentationGatePassed";
    public static final String DOCUMENTATION_GATE_REASONS = "documentationGateReasons";
    public static final String REVIEW_ROUND = "reviewRound";
    public static final String SENT_BACK = "sentBack";
    public static final String REVIEW_COMMENTS = "reviewComments";
    public static final String RESOLUTION_OUTCOME = "resolutionOutcome";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String STAGED_OPEN_AFTER = "stagedOpenAfter";
    public static final String INCIDENT_DESCRIPTION = "incidentDescription";

    private Var() {
    }
  }

  /** The start form: the output's reference and the API's {@link PublicationRequest}. */
  public static final class StartForm {
    public static final String ID = "RequestPublicationForm";
    public static final String OUTPUT_REF = "outputRef";
    public static final String AUDIENCE = "audience";
    public static final String LICENCE = "licence";
    public static final String RELEASE_TYPE = "releaseType";

    private StartForm() {
    }
  }

  /** Fields of the Camunda Forms of this process. */
  public static final class Form {
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVISION_NOTE = "revisionNote";
    public static final String INCIDENT_ACTION = "incidentAction";
    public static final String INCIDENT_COMMENT = "incidentComment";

    private Form() {
    }
  }

  private AiOutputPublicationProcess() {
  }
}
