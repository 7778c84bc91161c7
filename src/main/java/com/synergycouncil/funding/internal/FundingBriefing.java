package com.synergycouncil.funding.internal;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.council.BriefingText;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.DocumentLink;
import com.synergycouncil.council.SubjectBriefing;
import com.synergycouncil.funding.DueDiligence;
import com.synergycouncil.funding.FundingApplication;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import com.synergycouncil.funding.Goal;
import com.synergycouncil.funding.Tranche;
import com.synergycouncil.funding.Won;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The briefing on a funding application for the executives voting on it: the application (applicant, category,
 * size, amount, tranches, impact goals), the fund manager's due diligence (recommendation, rubric, findings, who and
 * when), and the FundingEligibility screening as the funding process recorded it (outcome and the facts it read).
 */
@Component
class FundingBriefing implements SubjectBriefing {

  private final FundingApplications applications;
  private final CouncilRoster roster;

  FundingBriefing(FundingApplications applications, CouncilRoster roster) {
    this.applications = applications;
    this.roster = roster;
  }

  @Override
  public boolean supports(String subjectType) {
    return FundingApprovalProcess.SUBJECT_TYPE.equals(subjectType);
  }

  @Override
  public Briefing brief(String subjectRef, Map<String, Object> requestingProcess) {
    FundingApplication application = applications.findByReference(subjectRef).orElse(null);
    if (application == null) {
      return Briefing.notFound(subjectRef);
    }
    return new Briefing(summary(application), review(application, requestingProcess),
        List.of(new DocumentLink("지원 신청서", "Funding application", "/funding/applications/" + application.reference())));
  }

  private String summary(FundingApplication application) {
    BriefingText text = new BriefingText()
        .line("신청 기업 / Applicant", application.companyName())
        .line("사업자등록번호 / Business registration no.", application.businessRegistrationNumber())
        .line("ESG 분야 / ESG category", application.esgCategory())
        .line("상시 근로자 / Employees", application.employeeCount())
        .line("신청 금액 / Requested", Won.format(application.requestedAmountWon()))
        .line("사업 내용 / Description", application.description())
        .line("접수 / Submitted", Briefing.time(application.submittedAt()) + " · "
            + roster.displayName(application.submittedBy()));
    List<Tranche> tranches = applications.tranches(application.id());
    text.heading("지급 계획 (트랜치 %d개) / Tranches (%d)".formatted(tranches.size(), tranches.size()));
    for (Tranche tranche : tranches) {
      text.item("%d. %s · %s%s".formatted(tranche.seq(), Won.format(tranche.amountWon()), tranche.milestone(),
          tranche.plannedDate() == null ? "" : " · " + tranche.plannedDate() + " 예정 / planned"));
    }
    text.heading("임팩트 목표 / Impact goals");
    for (Goal goal : applications.impactGoals(application.id())) {
      text.item("%s%s: %s %s".formatted(goal.metric(),
          goal.metric().irisCode() == null ? "" : " (IRIS+ " + goal.metric().irisCode() + ")",
          goal.target().stripTrailingZeros().toPlainString(), goal.metric().unit()));
    }
    return text.toString();
  }

  private String review(FundingApplication application, Map<String, Object> process) {
    BriefingText text = new BriefingText();
    DueDiligence dd = applications.dueDiligence(application.id()).orElse(null);
    text.heading("실사 / Due diligence");
    if (dd == null) {
      text.item("실사 기록 없음 / No due diligence recorded");
    } else {
      text.item("권고 / Recommendation: " + ("APPROVE".equals(dd.recommendation()) ? "승인 / APPROVE" : "거절 / DECLINE"));
      int total = dd.impactScore() + dd.feasibilityScore() + dd.teamScore() + dd.financialScore();
      text.item("평가 (1-5) / Scores (1-5): 임팩트 / impact %d, 실현 가능성 / feasibility %d, 팀 / team %d, 재무 / financial %d · 합계 / total %d / 20"
          .formatted(dd.impactScore(), dd.feasibilityScore(), dd.teamScore(), dd.financialScore(), total));
      text.item("실사 의견 / Findings: " + dd.summary());
      text.item("실사자 / Reviewer: " + roster.displayName(dd.reviewer()) + " · " + Briefing.time(dd.reviewedAt()));
    }
    text.heading("자격 심사 (DMN FundingEligibility) / Eligibility screening");
    Object eligible = process.get(Var.ELIGIBLE);
    if (eligible == null) {
      text.item("심사 기록을 읽을 수 없음 / The screening's record is not available");
    } else {
      text.item("결과 / Outcome: " + (Boolean.TRUE.equals(eligible) ? "적격 / eligible"
          : "부적격 / ineligible · " + process.get(Var.INELIGIBILITY_CODE) + " · " + process.get(Var.INELIGIBILITY_REASON)));
      text.item("심사한 사실 / Facts screened: ESG 분야 / category %s · 근로자 / employees %s · 신청액 / requested %s원 · 최근 12개월 내 수혜 / awarded in the last 12 months: %s"
          .formatted(process.get(Var.ESG_CATEGORY), process.get(Var.EMPLOYEE_COUNT),
              amount(process.get(Var.REQUESTED_AMOUNT_WON)),
              Boolean.TRUE.equals(process.get(Var.AWARDED_IN_LAST_12_MONTHS)) ? "예 / yes" : "아니요 / no"));
    }
    return text.toString();
  }

  private static String amount(Object won) {
    return won instanceof Number number ? "%,d".formatted(number.longValue()) : String.valueOf(won);
  }
}
