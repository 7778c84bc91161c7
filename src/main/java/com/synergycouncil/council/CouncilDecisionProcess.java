package com.synergycouncil.council;

/** Ids and variable names of {@code bpmn/CouncilDecisionProcess.bpmn}, so code and tests never repeat literals. */
public final class CouncilDecisionProcess {

  public static final String KEY = "CouncilDecisionProcess";

  public static final String TASK_OPEN_DECISION = "Task_OpenDecision";
  public static final String TASK_DETERMINE_VOTING_TIER = "Task_DetermineVotingTier";
  public static final String SUBPROCESS_PARTNER_VOTE = "SubProcess_PartnerVote";
  public static final String TASK_SELECT_VOTER = "Task_SelectVoter";
  public static final String TASK_CAST_VOTE = "Task_CastVote";
  public static final String BOUNDARY_VOTE_OVERDUE = "BoundaryEvent_VoteOverdue";
  public static final String TASK_HANDLE_OVERDUE_VOTE = "Task_HandleOverdueVote";
  public static final String TASK_TALLY_VOTES = "Task_TallyVotes";
  public static final String TASK_DETERMINE_OUTCOME = "Task_DetermineOutcome";
  public static final String TASK_RECORD_RESOLUTION = "Task_RecordResolution";
  public static final String END_NO_ELIGIBLE_VOTER = "EndEvent_NoEligibleVoter";
  public static final String END_DECISION_RECORDED = "EndEvent_DecisionRecorded";

  /** Variables the caller passes in. */
  public static final class In {
    public static final String SUBJECT_TYPE = "subjectType";
    public static final String SUBJECT_REF = "subjectRef";
    public static final String SUBJECT_TITLE = "subjectTitle";
    public static final String SUBJECT_SUMMARY = "subjectSummary";
    public static final String AMOUNT_WON = "amountWon";
    public static final String AMOUNT_DISPLAY = "amountDisplay";
    /** Comma-separated ids of users who submitted or prepared the request: they may not vote on it. */
    public static final String EXCLUDED_USERS = "excludedUsers";
    /** Optional: comma-separated partner codes that must each approve; all active partners when absent. */
    public static final String PARTNER_CODES = "partnerCodes";

    private In() {
    }
  }

  /** Variables set while deciding. */
  public static final class Var {
    public static final String DECISION_ID = "decisionId";
    public static final String VOTING_TIER = "votingTier";
    public static final String ELIGIBLE_ROLES = "eligibleRoles";
    public static final String PARTNER = "partner";
    public static final String VOTER = "voter";
    public static final String VOTE_DECISION = "voteDecision";
    public static final String VOTE_COMMENT = "voteComment";
    public static final String CONFLICT_DECLARED = "conflictDeclared";
    public static final String CONFLICT_REASON = "conflictReason";
    public static final String OVERDUE_ACTION = "overdueAction";
    public static final String CHAIR_COMMENT = "chairComment";
    public static final String PARTNERS_APPROVING = "partnersApproving";
    public static final String PARTNERS_REQUIRED = "partnersRequired";
    public static final String REJECTIONS = "rejections";

    private Var() {
    }
  }

  /**
   * What the vote form shows besides the process's variables: computed whenever the form's variables are read (the
   * vote task's form handler, {@code VoteBriefingFormHandler}), never stored, and dropped when a form is submitted.
   */
  public static final class VoteForm {
    /** The application or request, as its module tells it (plain text). */
    public static final String SUMMARY = "briefingSummary";
    /** The due diligence, release passport or reviews (plain text). */
    public static final String REVIEW = "briefingReview";
    /** Every partner's votes so far on this decision, the voter's own partner's included (plain text). */
    public static final String VOTES_SO_FAR = "votesSoFar";
    /** Links to the subject's documents (Markdown built from {@code DocumentLink}s only). */
    public static final String DOCUMENTS = "briefingDocuments";

    private VoteForm() {
    }
  }

  /** Variables handed back to the caller. */
  public static final class Out {
    public static final String RESOLUTION_OUTCOME = "resolutionOutcome";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";

    private Out() {
    }
  }

  private CouncilDecisionProcess() {
  }
}
