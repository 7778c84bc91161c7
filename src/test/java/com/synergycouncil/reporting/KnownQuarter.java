package com.synergycouncil.reporting;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CTO;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.BusinessRegistrationNumber;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A known quarter, 2024 Q2 (no other test works in it), driven through the real processes on the engine's clock set
 * into that quarter: one award with an accepted milestone report, one ineligible, one declined after due diligence,
 * one vetoed by the council, one withdrawn.
 */
final class KnownQuarter {

  static final Quarter QUARTER = new Quarter(2024, 2);
  static final Instant DURING = Instant.parse("2024-05-15T01:00:00Z");

  private static int companies = 7000;

  private final TestCouncil council;
  private final FundingApplicationService applications;
  private final TaskService taskService;

  KnownQuarter(TestCouncil council, FundingApplicationService applications, TaskService taskService) {
    this.council = council;
    this.applications = applications;
    this.taskService = taskService;
  }

  /** Drives the data set once (later calls find it in the database). */
  synchronized void drive() {
    ClockUtil.setCurrentTime(Date.from(DURING));
    try {
      String awarded = submit(request(120_000_000L, 30, "그린웨이브 / Greenwave"));
      dueDiligence(awarded, "APPROVE");
      vote(awarded, SKT_CTO, "APPROVE");
      vote(awarded, KAKAO_CTO, "APPROVE");
      milestone(awarded);

      submit(request(80_000_000L, 900, "대형제조 / Big Manufacturing"));

      String declined = submit(request(60_000_000L, 20, "약한계획 / Thin Plan"));
      dueDiligence(declined, "DECLINE");

      String vetoed = submit(request(90_000_000L, 25, "반대기업 / Vetoed Ventures"));
      dueDiligence(vetoed, "APPROVE");
      vote(vetoed, SKT_CTO, "APPROVE");
      vote(vetoed, KAKAO_CTO, "REJECT");

      String withdrawn = submit(request(70_000_000L, 15, "철회기업 / Withdrawn Works"));
      applications.withdraw(withdrawn, "사업 중단 / Business stopped", "fund-manager");
    } finally {
      ClockUtil.reset();
    }
  }

  private String submit(FundingApplicationRequest request) {
    return council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());
  }

  private void dueDiligence(String ref, String recommendation) {
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 3, "teamScore", 5, "financialScore", 4, "conflictFree", true,
        "recommendation", recommendation, "dueDiligenceSummary", "충분한 실사 결과입니다 / A thorough review result."));
  }

  private void vote(String ref, String voter, String choice) {
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    council.complete(vote, voter, Map.of("voteDecision", choice, "conflictDeclared", false));
    council.runDueJobs();
  }

  private void milestone(String ref) {
    Map<String, Object> report = new HashMap<>(Map.of("reportSummary", "목표 달성 보고 / Milestone report",
        "jobsCreated", 7, "ghgReducedTonnes", 12.5, "plasticRecycledTonnes", 40, "milestoneDecision", "ACCEPT"));
    council.complete(task(ref, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT), FUND_MANAGER, report);
    council.runDueJobs();
  }

  private Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  private static FundingApplicationRequest request(long amount, int employees, String company) {
    String brn = registrationNumber();
    return new FundingApplicationRequest(company + " " + brn, brn, EsgCategory.CIRCULAR_ECONOMY,
        "폐플라스틱 재활용 / Recycles waste plastic", amount, employees,
        new Contact("김담당", "contact@test.example", null),
        List.of(new TranchePlan(amount / 2, "1단계 / Phase 1", LocalDate.of(2024, 9, 30)),
            new TranchePlan(amount - amount / 2, "2단계 / Phase 2", null)),
        List.of(new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("20")),
            new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("400"))));
  }

  private static synchronized String registrationNumber() {
    String nine = "%09d".formatted(400_000_000 + (companies++) * 7919 % 499_999_999);
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }
}
