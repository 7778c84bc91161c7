package com.synergycouncil.reporting;

/** Ids and variable names of {@code bpmn/QuarterlyImpactReportProcess.bpmn}. */
public final class QuarterlyImpactReportProcess {

  public static final String KEY = "QuarterlyImpactReportProcess";

  public static final String START_QUARTER_CLOSED = "StartEvent_QuarterClosed";
  public static final String START_REPORT_REQUESTED = "StartEvent_ReportRequested";
  public static final String TASK_GENERATE_REPORT = "Task_GenerateReport";
  public static final String TASK_SIGN_OFF_REPORT = "Task_SignOffReport";
  public static final String TASK_SIGN_REPORT = "Task_SignReport";
  public static final String END_REPORT_SIGNED = "EndEvent_ReportSigned";

  public static final String MESSAGE_REPORT_REQUESTED = "ImpactReportRequested";

  public static final String SIGN = "SIGN";
  public static final String REGENERATE = "REGENERATE";

  /** The start form: the quarter a compliance officer asks a report for. */
  public static final class StartForm {
    public static final String ID = "RequestImpactReportForm";
    public static final String YEAR = "year";
    public static final String QUARTER = "quarter";

    private StartForm() {
    }
  }

  /** Process variables. */
  public static final class Var {
    /** Set by the requester of an on-demand report; absent on the timer start (then: the quarter just closed). */
    public static final String YEAR = "year";
    public static final String QUARTER = "quarter";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REPORT_ID = "reportId";
    public static final String REPORT_VERSION = "reportVersion";
    public static final String REPORT_LABEL = "reportLabel";
    public static final String REPORT_SHA256 = "reportSha256";
    public static final String REPORT_PDF_PATH = "reportPdfPath";
    public static final String SIGN_OFF_DECISION = "signOffDecision";
    public static final String SIGN_OFF_COMMENT = "signOffComment";
    public static final String SIGNED_BY = "signedBy";

    private Var() {
    }
  }

  /** The business key of a report's process: {@code IR-2026-Q1}. */
  public static String businessKey(Quarter quarter) {
    return "IR-%d-Q%d".formatted(quarter.year(), quarter.quarter());
  }

  private QuarterlyImpactReportProcess() {
  }
}
