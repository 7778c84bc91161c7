package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.Quarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report shows, as it was read from the database when the version was generated. Stored with the
 * report as canonical JSON ({@link SnapshotJson}), so every figure can be traced and the files rendered again
 * from it alone.
 */
public record ImpactReportSnapshot(int year, int quarter, int version, LocalDate firstDay, LocalDate lastDay,
    Instant generatedAt, String generatedBy, String evidenceChainHead,
    List<ImpactFigure> pipeline, List<RejectionLine> rejections,
    List<PartnerCapital> capital, List<ImpactFigure> capitalFlows,
    List<ImpactLine> impact,
    ContributedSection patents, ContributedSection aiOutputs,
    List<ImpactFigure> governance, List<ResolutionLine> resolutions) {

  public Quarter period() {
    return new Quarter(year, quarter);
  }

  /** An application that ended in the quarter without funding, and why. */
  public record RejectionLine(String applicationRef, String companyName, String status, String reason,
      LocalDate decidedOn) {
  }

  /**
   * A partner's capital: committed, and awarded (reserved) in the quarter; reserved, disbursed and available as
   * the fund's accounts stood when the report was generated.
   */
  public record PartnerCapital(String partnerCode, String nameKo, String nameEn, long committedWon,
      long awardedInQuarterWon, long reservedWon, long disbursedWon, long availableWon) {
  }

  /** An impact indicator of the portfolio: accepted milestone figures against the awarded applications' goals. */
  public record ImpactLine(String metric, String irisCode, String labelKo, String labelEn, String unit,
      BigDecimal inQuarter, BigDecimal cumulative, BigDecimal goal, BigDecimal percentOfGoal) {
  }

  /** A section another module fills; {@code hasRecords} is false while no module contributes to it. */
  public record ContributedSection(List<ImpactFigure> figures, boolean hasRecords) {
  }

  /** A resolution behind the quarter's figures (appendix). */
  public record ResolutionLine(String number, LocalDate decidedOn, String subjectType, String subjectRef,
      String subjectTitle, Long amountWon, String votingTier, String outcome, int partnersApproving,
      int partnersRequired, int rejections, int recusals, int escalations) {
  }
}
