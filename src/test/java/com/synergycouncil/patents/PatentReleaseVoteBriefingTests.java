package com.synergycouncil.patents;

import static com.synergycouncil.patents.PatentScenario.IP_OFFICER2;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a co-CEO reads on the vote form of a patent transfer: the request, its release passport in figures (passed,
 * left out and why, the PatentReleaseRisk rating, every co-owner's consent), and a link to the passport page.
 */
@ProcessTest
class PatentReleaseVoteBriefingTests {

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired TestRestTemplate rest;

  PatentScenario scenario;

  @BeforeEach
  void seat() {
    scenario = new PatentScenario(council, taskService, portfolio, releases);
  }

  @Test
  void theVoterSeesThePassportTheRiskAndEveryCoOwnersConsent() {
    String etri = "ETRI-" + System.nanoTime();
    String kaist = "KAIST-" + System.nanoTime();
    PatentLine refused = PatentLine.of("SKT").coOwners(etri + ";" + kaist);
    PatentLine lapsed = PatentLine.of("KAKAO").legal("LAPSED");
    List<PatentLine> lines = List.of(PatentLine.of("SKT").coOwners(etri), refused,
        PatentLine.of("KAKAO").coOwners(etri).strategic(3), PatentLine.of("KAKAO"), lapsed);
    scenario.load(lines);
    String ref = scenario.request(ReleaseKind.TRANSFER, null, lines);
    for (Task consent : scenario.tasks(ref, PatentReleaseProcess.TASK_OBTAIN_CO_OWNER_CONSENT)) {
      String coOwner = (String) taskService.getVariable(consent.getId(), "coOwner");
      scenario.complete(consent, IP_OFFICER2, Map.of("consentDecision", coOwner.equals(etri) ? "GRANTED" : "REFUSED",
          "consentComment", coOwner.equals(etri) ? "동의서 접수 / consent letter received" : "자체 사업화 예정 / own use planned"));
    }
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(TestCouncil.SKT_CEO).singleResult();

    Map<String, Object> form = council.as(TestCouncil.SKT_CEO, () -> formService.getTaskFormVariables(vote.getId()));

    assertThat((String) form.get(VoteForm.SUMMARY)).contains(
        "요청 종류 / Kind: TRANSFER · 중소기업 무상 양도 / free transfer to an SME",
        "수령 기업 / Recipient: 새싹로봇 / Saessak Robotics (220-81-62517)",
        "활용 계획 / Use plan: 물류 로봇의 경로 계획에 특허를 적용합니다",
        "특허 / Patents: 5건 / patents · 통과 / passed 3 · 제외 / left out 2 · 동의 대기 / awaiting consent 0",
        "요청 / Submitted: ").contains("정다온 Jung Daon (ip-officer)");
    assertThat((String) form.get(VoteForm.REVIEW)).contains(
        "위험 등급 (DMN PatentReleaseRisk) / Risk level: MEDIUM",
        "CO_OWNER_REFUSED: 공동소유자 동의 거절 / a co-owner refused consent (Patent Act Art. 99): 1건 / patents",
        "NOT_IN_FORCE: 등록 유지 중이 아님 / not granted and in force: 1건 / patents",
        etri + ": 동의 / GRANTED · 강서준 Kang Seojun (ip-officer2)", "의견 / Comment: 동의서 접수 / consent letter received",
        kaist + ": 거절 / REFUSED", "의견 / Comment: 자체 사업화 예정 / own use planned",
        "표준필수특허 (FRAND 승계) / Standard-essential, FRAND carried over: 0건 / patents");
    assertThat((String) form.get(VoteForm.REVIEW)).containsPattern("MEDIUM: 1건 / patents")
        .containsPattern("LOW: 2건 / patents");
    assertThat(form.get(VoteForm.DOCUMENTS))
        .isEqualTo("- [특허 공개 여권 / Release passport](/patents/releases/" + ref + ")");

    ResponseEntity<String> passport = rest.withBasicAuth(TestCouncil.SKT_CEO, TestCouncil.PASSWORD)
        .getForEntity("/patents/releases/{ref}", String.class, ref);
    assertThat(passport.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(passport.getBody()).contains(ref, refused.number, lapsed.number, "CO_OWNER_REFUSED", "NOT_IN_FORCE",
        "MEDIUM");
  }
}
