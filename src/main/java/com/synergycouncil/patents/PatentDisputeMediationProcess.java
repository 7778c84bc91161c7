package com.synergycouncil.patents;

/** Ids and variable names of {@code bpmn/PatentDisputeMediationProcess.bpmn}. */
public final class PatentDisputeMediationProcess {

  public static final String KEY = "PatentDisputeMediationProcess";

  public static final String TASK_MEDIATE_DISPUTE = "Task_MediateDispute";
  public static final String TIMER_COOLING_OFF_ENDED = "IntermediateEvent_CoolingOffEnded";
  public static final String END_SETTLED = "EndEvent_DisputeSettled";
  public static final String END_CLOSED = "EndEvent_MediationClosed";

  /** Process variables and form fields. */
  public static final class Var {
    public static final String DISPUTE_ID = "disputeId";
    public static final String DISPUTE_REF = "disputeRef";
    public static final String PATENT_NUMBER = "patentNumber";
    public static final String COOLING_OFF_PERIOD = "coolingOffPeriod";
    public static final String MEDIATION_OUTCOME = "mediationOutcome";
    public static final String MEDIATION_SUMMARY = "mediationSummary";

    private Var() {
    }
  }

  private PatentDisputeMediationProcess() {
  }
}
