package com.synergycouncil.funding;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.ResolutionOutcome;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class FundingApprovalProcessTests {

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired Fund fund;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void fundsAnApprovedApplicationTrancheByTrancheUntilCompleted() {
    FundBalance before = fund.balance();
    String ref = submit(Applications.twoTranches(200_000_000L));
    assertThat(status(ref)).isEqualTo(ApplicationStatus.IN_DUE_DILIGENCE);

    dueDiligence(ref, "APPROVE");
    assertThat(status(ref)).isEqualTo(ApplicationStatus.IN_COUNCIL);
    vote(ref, SKT_CTO, "APPROVE");
    vote(ref, KAKAO_CTO, "APPROVE");

    assertThat(status(ref)).isEqualTo(ApplicationStatus.AWARDED);
    FundBalance reserved = fund.balance();
    assertThat(reserved.reservedWon() - before.reservedWon()).isEqualTo(200_000_000L);
    assertThat(reserved.availableWon()).isEqualTo(before.availableWon() - 200_000_000L);
    assertThat(reserved.partners()).allSatisfy(partner -> assertThat(partner.reservedWon()).isPositive());

    milestone(ref, "REVISE");
    milestone(ref, "ACCEPT");
    assertThat(applications.view(ref).tranches()).extracting(t -> t.status()).containsExactly("RELEASED", "PLANNED");
    assertThat(fund.balance().disbursedWon() - before.disbursedWon()).isEqualTo(100_000_000L);
    milestone(ref, "ACCEPT");

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.COMPLETED);
    assertThat(view.tranches()).extracting(t -> t.status()).containsExactly("RELEASED", "RELEASED");
    assertThat(view.milestoneReports()).extracting(r -> r.decision()).containsExactly("REVISE", "ACCEPT", "ACCEPT");
    assertThat(view.resolutions()).singleElement().satisfies(resolution ->
        assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.PASSED));
    assertThat(view.history()).extracting(change -> change.status()).containsExactly(ApplicationStatus.SUBMITTED,
        ApplicationStatus.IN_DUE_DILIGENCE, ApplicationStatus.IN_COUNCIL, ApplicationStatus.AWARDED,
        ApplicationStatus.COMPLETED);
    FundBalance after = fund.balance();
    assertThat(after.disbursedWon() - before.disbursedWon()).isEqualTo(200_000_000L);
    assertThat(after.reservedWon()).isEqualTo(before.reservedWon());
    assertThat(ended(ref, FundingApprovalProcess.END_COMPLETED)).isTrue();
  }

  @Test
  void reservesTheLargestEligibleAwardSharedBetweenThePartners() {
    FundBalance before = fund.balance();
    String ref = submit(Applications.twoTranches(2_000_000_000L));
    dueDiligence(ref, "APPROVE");
    vote(ref, "skt-ceo", "APPROVE");
    vote(ref, "kakao-ceo", "APPROVE");

    assertThat(status(ref)).isEqualTo(ApplicationStatus.AWARDED);
    FundBalance after = fund.balance();
    assertThat(after.reservedWon() - before.reservedWon()).isEqualTo(2_000_000_000L);
    for (int i = 0; i < after.partners().size(); i++) {
      assertThat(after.partners().get(i).reservedWon() - before.partners().get(i).reservedWon())
          .as(after.partners().get(i).partnerCode()).isEqualTo(1_000_000_000L);
    }
    applications.withdraw(ref, "시험 종료 / End of test", FUND_MANAGER);
    assertThat(fund.balance().reservedWon()).isEqualTo(before.reservedWon());
  }

  @Test
  void screensOutACompanyThatIsNotAnSme() {
    String ref = submit(Applications.request(100_000_000L, 301, EsgCategory.CLIMATE_ENERGY,
        Applications.newRegistrationNumber()));

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(view.statusReason()).startsWith("NOT_AN_SME");
    assertThat(ended(ref, FundingApprovalProcess.END_INELIGIBLE)).isTrue();
  }

  @Test
  void screensOutACompanyAwardedInTheLastTwelveMonths() {
    String brn = Applications.newRegistrationNumber();
    String first = submit(Applications.request(100_000_000L, 10, EsgCategory.CIRCULAR_ECONOMY, brn));
    dueDiligence(first, "APPROVE");
    vote(first, SKT_CTO, "APPROVE");
    vote(first, KAKAO_CTO, "APPROVE");
    assertThat(status(first)).isEqualTo(ApplicationStatus.AWARDED);

    String second = submit(Applications.request(50_000_000L, 10, EsgCategory.CIRCULAR_ECONOMY, brn));
    assertThat(applications.view(second).statusReason()).startsWith("RECENT_AWARD");
  }

  @Test
  void endsWhenDueDiligenceRecommendsDeclining() {
    String ref = submit(Applications.twoTranches(80_000_000L));
    dueDiligence(ref, "DECLINE");

    assertThat(status(ref)).isEqualTo(ApplicationStatus.DECLINED);
    assertThat(ended(ref, FundingApprovalProcess.END_DECLINED)).isTrue();
  }

  @Test
  void isRejectedWhenAPartnerVetoes() {
    FundBalance before = fund.balance();
    String ref = submit(Applications.twoTranches(90_000_000L));
    dueDiligence(ref, "APPROVE");
    vote(ref, SKT_CTO, "APPROVE");
    vote(ref, KAKAO_CTO, "REJECT");

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(view.statusReason()).contains("VETOED");
    assertThat(fund.balance().reservedWon()).isEqualTo(before.reservedWon());
    assertThat(ended(ref, FundingApprovalProcess.END_REJECTED)).isTrue();
  }

  @Test
  void anExhaustedFundTakesItsOwnPathAndNeverGoesNegative() {
    String ref = submit(Applications.twoTranches(150_000_000L));
    dueDiligence(ref, "APPROVE");
    FundBalance before = fund.balance();
    // leave each partner less than its half of the award
    before.partners().forEach(p -> fund.commit(p.partnerCode(), p.reservedWon() + p.disbursedWon() + 10_000_000L));
    try {
      vote(ref, SKT_CTO, "APPROVE");
      vote(ref, KAKAO_CTO, "APPROVE");

      FundingApplicationView view = applications.view(ref);
      assertThat(view.status()).isEqualTo(ApplicationStatus.FUND_EXHAUSTED);
      assertThat(fund.balance().reservedWon()).isEqualTo(before.reservedWon());
      assertThat(fund.balance().partners()).allSatisfy(p -> assertThat(p.availableWon()).isEqualTo(10_000_000L));
      assertThat(ended(ref, FundingApprovalProcess.END_FUND_EXHAUSTED)).isTrue();
    } finally {
      before.partners().forEach(p -> fund.commit(p.partnerCode(), p.committedWon()));
    }
  }

  @Test
  void canBeWithdrawnDuringDueDiligence() {
    String ref = submit(Applications.twoTranches(70_000_000L));
    applications.withdraw(ref, "사업 계획 변경 / Change of plans", FUND_MANAGER);

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(view.statusReason()).contains("Change of plans");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref).count()).isZero();
    assertThat(ended(ref, FundingApprovalProcess.END_WITHDRAWN)).isTrue();
  }

  @Test
  void withdrawalAfterTheAwardGivesBackWhatWasNotPaidOut() {
    FundBalance before = fund.balance();
    String ref = submit(Applications.twoTranches(60_000_000L));
    dueDiligence(ref, "APPROVE");
    vote(ref, SKT_CTO, "APPROVE");
    vote(ref, KAKAO_CTO, "APPROVE");
    milestone(ref, "ACCEPT");

    applications.withdraw(ref, "폐업 / Company closed", FUND_MANAGER);

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(view.tranches()).extracting(t -> t.status()).containsExactly("RELEASED", "CANCELLED");
    FundBalance after = fund.balance();
    assertThat(after.reservedWon()).isEqualTo(before.reservedWon());
    assertThat(after.disbursedWon() - before.disbursedWon()).isEqualTo(30_000_000L);
  }

  private String submit(FundingApplicationRequest request) {
    return council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());
  }

  private ApplicationStatus status(String ref) {
    return applications.view(ref).status();
  }

  private Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  private void dueDiligence(String ref, String recommendation) {
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 3L, "teamScore", 5, "financialScore", 4.0, "conflictFree", true,
        "recommendation", recommendation, "dueDiligenceSummary", "충분한 실사 결과입니다 / A thorough review result."));
  }

  private void vote(String ref, String voter, String choice) {
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    council.complete(vote, voter, Map.of("voteDecision", choice, "conflictDeclared", false));
    council.runDueJobs();
  }

  private void milestone(String ref, String decision) {
    Map<String, Object> report = new HashMap<>(Map.of("reportSummary", "목표 달성 보고 / Milestone report",
        "jobsCreated", 3, "ghgReducedTonnes", 12.5, "plasticRecycledTonnes", 40, "milestoneDecision", decision));
    council.complete(task(ref, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT), FUND_MANAGER, report);
    council.runDueJobs();
  }

  private boolean ended(String ref, String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEventId).list().stream()
        .anyMatch(activity -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(activity.getProcessInstanceId()).processInstanceBusinessKey(ref).count() == 1);
  }
}
