package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ImpactLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.PartnerCapital;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The parameters of the main template, all taken from the snapshot (nothing is read from the database here). */
public final class ReportParameters {

  private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'")
      .withZone(Quarter.SEOUL);

  private ReportParameters() {
  }

  public static Map<String, Object> of(ImpactReportSnapshot snapshot, ReportTemplates templates) {
    Quarter quarter = snapshot.period();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("QUARTER_LABEL", quarter.label());
    parameters.put("QUARTER_LABEL_KO", quarter.labelKo());
    parameters.put("PERIOD", snapshot.firstDay() + " – " + snapshot.lastDay());
    parameters.put("VERSION", snapshot.version());
    parameters.put("GENERATED", GENERATED_AT.format(snapshot.generatedAt()) + " · " + snapshot.generatedBy());
    parameters.put("EVIDENCE_HEAD", snapshot.evidenceChainHead());
    parameters.put("RESOLUTION_COUNT", snapshot.resolutions().size());
    parameters.put("PATENTS_HAS_RECORDS", snapshot.patents().hasRecords());
    parameters.put("AI_HAS_RECORDS", snapshot.aiOutputs().hasRecords());
    parameters.put("FIGURES_REPORT", templates.get(ReportTemplates.FIGURES));
    parameters.put("CAPITAL_REPORT", templates.get(ReportTemplates.CAPITAL));
    parameters.put("IMPACT_REPORT", templates.get(ReportTemplates.IMPACT));
    parameters.put("REJECTIONS_REPORT", templates.get(ReportTemplates.REJECTIONS));
    parameters.put("RESOLUTIONS_REPORT", templates.get(ReportTemplates.RESOLUTIONS));
    parameters.put("PIPELINE", rows(snapshot.pipeline()));
    parameters.put("REJECTIONS", rows(snapshot.rejections()));
    parameters.put("CAPITAL", rows(snapshot.capital()));
    parameters.put("CAPITAL_FLOWS", rows(snapshot.capitalFlows()));
    parameters.put("IMPACT", rows(snapshot.impact()));
    parameters.put("PATENTS", rows(snapshot.patents().figures()));
    parameters.put("AI_OUTPUTS", rows(snapshot.aiOutputs().figures()));
    parameters.put("GOVERNANCE", rows(snapshot.governance()));
    parameters.put("RESOLUTIONS", rows(snapshot.resolutions()));
    parameters.put("PIPELINE_CHART", rows(pipelineChart(snapshot.pipeline())));
    parameters.put("IMPACT_CHART", rows(impactChart(snapshot.impact())));
    parameters.put("FUND_CHART", rows(fundChart(snapshot.capital())));
    parameters.put("OUTCOME_CHART", rows(outcomeChart(snapshot.governance())));
    return parameters;
  }

  static List<ChartItem> pipelineChart(List<ImpactFigure> pipeline) {
    return List.of(
        new ChartItem("접수 Received", value(pipeline, "RECEIVED")),
        new ChartItem("적격 Eligible", value(pipeline, "ELIGIBLE")),
        new ChartItem("승인 Approved", value(pipeline, "APPROVED")),
        new ChartItem("거절 Rejected", value(pipeline, "REJECTED")),
        new ChartItem("철회 Withdrawn", value(pipeline, "WITHDRAWN")));
  }

  static List<ChartItem> impactChart(List<ImpactLine> impact) {
    return impact.stream().map(line -> new ChartItem(line.labelKo() + " " + line.labelEn(),
        line.percentOfGoal() == null ? BigDecimal.ZERO : line.percentOfGoal())).toList();
  }

  static List<ChartItem> fundChart(List<PartnerCapital> capital) {
    return List.of(
        ChartItem.of("가용 Available", capital.stream().mapToLong(PartnerCapital::availableWon).sum()),
        ChartItem.of("유보 Reserved", capital.stream().mapToLong(PartnerCapital::reservedWon).sum()),
        ChartItem.of("집행 Disbursed", capital.stream().mapToLong(PartnerCapital::disbursedWon).sum()));
  }

  static List<ChartItem> outcomeChart(List<ImpactFigure> governance) {
    return List.of(
        new ChartItem("가결 Passed", value(governance, "PASSED")),
        new ChartItem("거부 Vetoed", value(governance, "VETOED")),
        new ChartItem("부결 Not passed", value(governance, "NOT_PASSED")));
  }

  private static BigDecimal value(List<ImpactFigure> figures, String code) {
    return figures.stream().filter(figure -> Objects.equals(figure.code(), code)).map(ImpactFigure::value)
        .findFirst().orElse(BigDecimal.ZERO);
  }

  /** Lists, not data sources: the template wraps each in a fresh RecordDataSource whenever a band fills again. */
  private static List<? extends Record> rows(List<? extends Record> rows) {
    return rows;
  }
}
