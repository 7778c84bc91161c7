package com.synergycouncil.reporting;

import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ContributedSection;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ImpactLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.PartnerCapital;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.RejectionLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ResolutionLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Snapshots made up in Java, for template and benchmark fills without a database. */
public final class ReportFixtures {

  public static final Quarter QUARTER = new Quarter(2026, 1);
  public static final String HEAD = "9f2c4e1ab0d35c7e8f6a2b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e";

  private ReportFixtures() {
  }

  public static ImpactReportSnapshot snapshot(int resolutions) {
    return new ImpactReportSnapshot(QUARTER.year(), QUARTER.quarter(), 1, QUARTER.firstDay(), QUARTER.lastDay(),
        Instant.parse("2026-03-31T16:00:00Z"), "system", HEAD,
        List.of(figure("RECEIVED", "지원 신청 접수", "Applications received", 12),
            figure("ELIGIBLE", "자격 심사 통과", "Eligible (passed screening)", 9),
            figure("APPROVED", "지원 승인", "Approved (awarded)", 4),
            figure("REJECTED", "거절 합계", "Rejected in total", 3),
            figure("WITHDRAWN", "철회", "Withdrawn", 1)),
        List.of(new RejectionLine("FA-2026-0003", "메가전자 / Mega Electronics", "INELIGIBLE",
            "NOT_AN_SME: 중소기업이 아닙니다 / not an SME", LocalDate.of(2026, 1, 12))),
        List.of(new PartnerCapital("SKT", "SK텔레콤", "SK Telecom", 10_000_000_000L, 525_000_000L, 400_000_000L,
                125_000_000L, 9_475_000_000L),
            new PartnerCapital("KAKAO", "카카오", "Kakao", 10_000_000_000L, 525_000_000L, 400_000_000L, 125_000_000L,
                9_475_000_000L)),
        List.of(figure("TRANCHES_RELEASED", "분기 중 지급된 트랜치", "Tranches released in the quarter", 2),
            new ImpactFigure("TRANCHES_RELEASED_WON", "분기 중 지급액", "Amount released in the quarter",
                BigDecimal.valueOf(250_000_000L), "원")),
        List.of(new ImpactLine("JOBS_CREATED", "PI3687", "일자리 창출", "Jobs created", "명", BigDecimal.valueOf(23),
                BigDecimal.valueOf(31), BigDecimal.valueOf(85), new BigDecimal("36.5")),
            new ImpactLine("GHG_REDUCED_TONNES", "OI4862", "온실가스 감축", "Greenhouse gas reduced", "tCO2e",
                new BigDecimal("1250.5"), new BigDecimal("1250.5"), BigDecimal.valueOf(10000), new BigDecimal("12.5")),
            new ImpactLine("PLASTIC_RECYCLED_TONNES", "-", "플라스틱 재활용", "Plastic recycled", "t",
                BigDecimal.valueOf(480), BigDecimal.valueOf(640), BigDecimal.valueOf(3200), new BigDecimal("20.0"))),
        new ContributedSection(ImpactFigures.Section.PATENTS.defaults(), false),
        new ContributedSection(ImpactFigures.Section.AI_OUTPUTS.defaults(), false),
        List.of(figure("RESOLUTIONS", "의결", "Resolutions", resolutions),
            figure("PASSED", "└ 가결", "└ passed", resolutions - resolutions / 4),
            figure("VETOED", "└ 거부권 행사", "└ vetoed", resolutions / 4),
            figure("NOT_PASSED", "└ 부결", "└ not passed", 0),
            figure("RECUSALS", "이해충돌 회피", "Recusals", 1)),
        resolutionLines(resolutions));
  }

  public static List<ResolutionLine> resolutionLines(int count) {
    List<ResolutionLine> lines = new ArrayList<>(count);
    IntStream.rangeClosed(1, count).forEach(i -> lines.add(new ResolutionLine("SC-2026-%04d".formatted(i % 10_000),
        LocalDate.of(2026, 1 + i % 3, 1 + i % 28), "FUNDING", "FA-2026-%04d".formatted(i % 10_000),
        "그린루프 리사이클링 / GreenLoop Recycling " + i, 100_000_000L + i * 1_000L,
        i % 2 == 0 ? "CTO_PAIR" : "CO_CEOS", i % 4 == 0 ? "VETOED" : "PASSED", i % 4 == 0 ? 1 : 2, 2,
        i % 4 == 0 ? 1 : 0, i % 7 == 0 ? 1 : 0, i % 11 == 0 ? 1 : 0)));
    return lines;
  }

  private static ImpactFigure figure(String code, String ko, String en, long value) {
    return ImpactFigure.of(code, ko, en, value, "건");
  }
}
