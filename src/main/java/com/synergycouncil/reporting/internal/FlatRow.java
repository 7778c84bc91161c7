package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ImpactLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.PartnerCapital;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.RejectionLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ResolutionLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One row of the flat table behind the XLSX and CSV downloads: every figure and every appendix line. */
public record FlatRow(String section, String code, String itemKo, String itemEn, BigDecimal value, String unit,
    String detail) {

  public static final List<String> HEADER = List.of("section", "code", "item_ko", "item_en", "value", "unit", "detail");

  public static List<FlatRow> of(ImpactReportSnapshot snapshot) {
    List<FlatRow> rows = new ArrayList<>();
    figures(rows, "pipeline", snapshot.pipeline());
    for (RejectionLine line : snapshot.rejections()) {
      rows.add(new FlatRow("rejection", line.applicationRef(), line.companyName(), line.status(), null, null,
          line.decidedOn() + ": " + (line.reason() == null ? "" : line.reason())));
    }
    for (PartnerCapital partner : snapshot.capital()) {
      String who = partner.partnerCode();
      rows.add(won(who + ".committed", partner.nameKo() + " 약정", partner.nameEn() + " committed", partner.committedWon()));
      rows.add(won(who + ".awarded_in_quarter", partner.nameKo() + " 분기 중 배정",
          partner.nameEn() + " awarded in quarter", partner.awardedInQuarterWon()));
      rows.add(won(who + ".reserved", partner.nameKo() + " 유보", partner.nameEn() + " reserved", partner.reservedWon()));
      rows.add(won(who + ".disbursed", partner.nameKo() + " 집행", partner.nameEn() + " disbursed", partner.disbursedWon()));
      rows.add(won(who + ".available", partner.nameKo() + " 가용", partner.nameEn() + " available", partner.availableWon()));
    }
    figures(rows, "capital", snapshot.capitalFlows());
    for (ImpactLine line : snapshot.impact()) {
      String code = line.irisCode().equals("-") ? line.metric() : line.irisCode();
      rows.add(new FlatRow("impact", code + ".quarter", line.labelKo() + " (분기)", line.labelEn() + " (quarter)",
          line.inQuarter(), line.unit(), null));
      rows.add(new FlatRow("impact", code + ".cumulative", line.labelKo() + " (누적)", line.labelEn() + " (cumulative)",
          line.cumulative(), line.unit(), null));
      rows.add(new FlatRow("impact", code + ".goal", line.labelKo() + " (목표)", line.labelEn() + " (goal)",
          line.goal(), line.unit(), line.percentOfGoal() == null ? null : line.percentOfGoal() + " % of goal"));
    }
    figures(rows, "patents", snapshot.patents().figures());
    figures(rows, "ai_outputs", snapshot.aiOutputs().figures());
    figures(rows, "governance", snapshot.governance());
    for (ResolutionLine line : snapshot.resolutions()) {
      rows.add(new FlatRow("appendix", line.number(), line.subjectTitle(), line.subjectType() + " " + line.subjectRef(),
          line.amountWon() == null ? null : BigDecimal.valueOf(line.amountWon()), line.amountWon() == null ? null : "원",
          "%s; decided %s; tier %s; approving %d/%d; rejections %d; recusals %d; overdue %d".formatted(line.outcome(),
              line.decidedOn(), line.votingTier(), line.partnersApproving(), line.partnersRequired(),
              line.rejections(), line.recusals(), line.escalations())));
    }
    return rows;
  }

  private static void figures(List<FlatRow> rows, String section, List<ImpactFigure> figures) {
    for (ImpactFigure figure : figures) {
      rows.add(new FlatRow(section, figure.code(), figure.labelKo().replace("└ ", ""),
          figure.labelEn().replace("└ ", ""), figure.value(), figure.unit(), null));
    }
  }

  private static FlatRow won(String code, String ko, String en, long won) {
    return new FlatRow("capital", code, ko, en, BigDecimal.valueOf(won), "원", null);
  }
}
