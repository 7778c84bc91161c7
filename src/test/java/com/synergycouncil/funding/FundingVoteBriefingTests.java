package com.synergycouncil.funding;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an executive reads on the vote form of a funding application, as Tasklist reads it (the task's form
 * variables, as the voter): the application, the due diligence, the eligibility screening, every partner's votes so
 * far, and a link to the application that opens with the voter's login. Typed text stays text.
 */
@ProcessTest
class FundingVoteBriefingTests {

  static final String HOSTILE = "[click](javascript:alert(1)) <img src=x onerror=alert(1)>";
  static final String FINDINGS = "매출 성장과 재활용 실적이 검증됨 / Growth and recycling figures verified";

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void theVoterSeesTheApplicationItsDueDiligenceAndItsEligibilityScreening() {
    String ref = inCouncil(application("시험 재활용 / Briefing Recycling", "폐플라스틱을 재생 원료로 / Waste plastic into pellets"));

    Map<String, Object> form = formVariables(vote(ref, SKT_CTO), SKT_CTO);

    assertThat((String) form.get(VoteForm.SUMMARY)).contains("시험 재활용 / Briefing Recycling",
        "폐플라스틱을 재생 원료로 / Waste plastic into pellets", "ESG 분야 / ESG category: CIRCULAR_ECONOMY",
        "상시 근로자 / Employees: 40", "신청 금액 / Requested: " + Won.format(120_000_000L),
        "1. " + Won.format(70_000_000L) + " · 설비 도입 / Equipment installed · 2027-03-31",
        "2. " + Won.format(50_000_000L) + " · 월 100톤 / 100 t a month",
        "PLASTIC_RECYCLED_TONNES: 1200.5 t", "JOBS_CREATED (IRIS+ PI3687): 12 jobs");
    assertThat((String) form.get(VoteForm.REVIEW)).contains("권고 / Recommendation: 승인 / APPROVE",
        "임팩트 / impact 4, 실현 가능성 / feasibility 3, 팀 / team 5, 재무 / financial 4 · 합계 / total 16 / 20",
        "실사 의견 / Findings: " + FINDINGS, "실사자 / Reviewer: 윤가람 Yoon Garam (fund-manager2)",
        "결과 / Outcome: 적격 / eligible", "근로자 / employees 40", "신청액 / requested 120,000,000원",
        "최근 12개월 내 수혜 / awarded in the last 12 months: 아니요 / no");
    assertThat((String) form.get(VoteForm.VOTES_SO_FAR)).isEqualTo("""
        SK텔레콤 / SK Telecom:
          - 아직 투표하지 않음 / not voted yet
        카카오 / Kakao:
          - 아직 투표하지 않음 / not voted yet""");
    assertThat(form.get(VoteForm.DOCUMENTS))
        .isEqualTo("- [지원 신청서 / Funding application](/funding/applications/" + ref + ")");

    // Tasklist reads the same through the REST API, as the voter; the other partner's member may not read it
    ResponseEntity<JsonNode> asVoter = rest.withBasicAuth(SKT_CTO, PASSWORD)
        .getForEntity("/engine-rest/task/{id}/form-variables", JsonNode.class, vote(ref, SKT_CTO).getId());
    assertThat(asVoter.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asVoter.getBody().path(VoteForm.REVIEW).path("value").asText()).contains(FINDINGS);
    assertThat(asVoter.getBody().path(VoteForm.VOTES_SO_FAR).path("type").asText()).isEqualTo("String");
    ResponseEntity<String> asOtherPartner = rest.withBasicAuth(KAKAO_CTO, PASSWORD)
        .getForEntity("/engine-rest/task/{id}/form-variables", String.class, vote(ref, SKT_CTO).getId());
    assertThat(asOtherPartner.getStatusCode().value()).isIn(403, 404);
  }

  @Test
  void aVoteCastAfterTheOtherMembersTaskWasCreatedShowsWhenThatMemberOpensTheForm() {
    String ref = inCouncil(application("투표 현황 / Votes So Far Ltd", "재활용 / Recycling"));
    Task sktVote = vote(ref, SKT_CTO);
    assertThat((String) formVariables(sktVote, SKT_CTO).get(VoteForm.VOTES_SO_FAR))
        .doesNotContain("최민재");

    council.complete(vote(ref, KAKAO_CTO), KAKAO_CTO, Map.of("voteDecision", "APPROVE",
        "voteComment", "지역 고용 효과가 큽니다 / Strong local employment effect", "conflictDeclared", false));

    String votes = (String) formVariables(sktVote, SKT_CTO).get(VoteForm.VOTES_SO_FAR);
    assertThat(votes).containsPattern("""
        SK텔레콤 / SK Telecom:
          - 아직 투표하지 않음 / not voted yet
        카카오 / Kakao:
          - 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d KST · 최민재 Choi Minjae \\(kakao-cto\\) · 찬성 / Approve
            의견 / Comment: 지역 고용 효과가 큽니다 / Strong local employment effect""");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sktVote.getProcessInstanceId())
        .variableName(VoteForm.VOTES_SO_FAR).count()).as("the votes so far are never stored").isZero();
  }

  @Test
  void aSubmittedFormRecordsTheVoteButNeverWritesTheBriefing() {
    String ref = inCouncil(application("제출 시험 / Submit Test", "재활용 / Recycling"));
    Task sktVote = vote(ref, SKT_CTO);
    Map<String, Object> submitted = new HashMap<>(formVariables(sktVote, SKT_CTO));
    submitted.put(VoteForm.VOTES_SO_FAR, "위조 / forged: everyone approved");
    submitted.put(VoteForm.REVIEW, "위조 / forged");
    submitted.put("voteDecision", "APPROVE");
    submitted.put("conflictDeclared", false);

    council.as(SKT_CTO, () -> {
      formService.submitTaskForm(sktVote.getId(), submitted);
      return null;
    });

    assertThat(taskService.createTaskQuery().taskId(sktVote.getId()).count()).isZero();
    assertThat(applications.view(ref).openCouncilEvents()).singleElement()
        .satisfies(event -> assertThat(event.memberId()).isEqualTo(SKT_CTO));
    for (String shown : List.of(VoteForm.SUMMARY, VoteForm.REVIEW, VoteForm.VOTES_SO_FAR, VoteForm.DOCUMENTS)) {
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(shown).count())
          .as("variable %s written by a submitted form", shown).isZero();
    }
    assertThat((String) formVariables(vote(ref, KAKAO_CTO), KAKAO_CTO).get(VoteForm.VOTES_SO_FAR))
        .contains("이서연 Lee Seoyeon (skt-cto) · 찬성 / Approve").doesNotContain("forged");
  }

  @Test
  void aHostileDescriptionIsShownAsTheTextItIs() {
    String ref = inCouncil(application(HOSTILE, HOSTILE));

    Map<String, Object> form = formVariables(vote(ref, SKT_CTO), SKT_CTO);
    assertThat((String) form.get(VoteForm.SUMMARY)).contains("신청 기업 / Applicant: " + HOSTILE,
        "사업 내용 / Description: " + HOSTILE);
    assertThat((String) form.get(VoteForm.DOCUMENTS)).doesNotContain("javascript", "<", "click");

    ResponseEntity<String> page = rest.withBasicAuth(SKT_CTO, PASSWORD)
        .getForEntity("/funding/applications/{ref}", String.class, ref);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
  }

  @Test
  void theApplicationLinkOpensForTheVoterAndNotForSomeoneOutsideTheCouncil() {
    String ref = inCouncil(application("링크 시험 / Link Test", "재활용 / Recycling"));
    String link = (String) formVariables(vote(ref, SKT_CTO), SKT_CTO).get(VoteForm.DOCUMENTS);
    String path = link.substring(link.indexOf("](") + 2, link.length() - 1);

    ResponseEntity<String> asVoter = rest.withBasicAuth(SKT_CTO, PASSWORD).getForEntity(path, String.class);
    assertThat(asVoter.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asVoter.getBody()).contains(ref, "링크 시험 / Link Test", FINDINGS, "IN_COUNCIL");

    String outsider = "outsider-" + System.nanoTime() % 100_000;
    User user = identityService.newUser(outsider);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    assertThat(rest.withBasicAuth(outsider, PASSWORD).getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private Map<String, Object> formVariables(Task task, String user) {
    VariableMap variables = council.as(user, () -> formService.getTaskFormVariables(task.getId()));
    return new HashMap<>(variables);
  }

  private static FundingApplicationRequest application(String company, String description) {
    return new FundingApplicationRequest(company, Applications.newRegistrationNumber(), EsgCategory.CIRCULAR_ECONOMY,
        description, 120_000_000L, 40, new Contact("김담당", "contact@test.example", null),
        List.of(new TranchePlan(70_000_000L, "설비 도입 / Equipment installed", LocalDate.of(2027, 3, 31)),
            new TranchePlan(50_000_000L, "월 100톤 / 100 t a month", null)),
        List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("1200.50")),
            new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("12"))));
  }

  private String inCouncil(FundingApplicationRequest request) {
    String ref = council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());
    Task dueDiligence = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE).singleResult();
    council.complete(dueDiligence, FUND_MANAGER2, Map.of("impactScore", 4, "feasibilityScore", 3, "teamScore", 5,
        "financialScore", 4, "conflictFree", true, "recommendation", "APPROVE", "dueDiligenceSummary", FINDINGS));
    assertThat(applications.view(ref).status()).isEqualTo(ApplicationStatus.IN_COUNCIL);
    return ref;
  }

  private Task vote(String ref, String voter) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
  }
}
