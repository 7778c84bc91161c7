package com.synergycouncil.patents;

import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ProcessTest
class PatentDisputeMediationProcessTests {

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired PatentDisputeService disputes;
  @Autowired MockMvc mvc;

  PatentScenario scenario;
  PatentLine patent = PatentLine.of("SKT").field("MEDIA");

  @BeforeEach
  void seat() {
    scenario = new PatentScenario(council, taskService, portfolio, releases);
    scenario.load(List.of(patent));
  }

  @Test
  void refusesAnyAssertionWhileMediatingAndAfterASettlement() throws Exception {
    String ref = notice();
    assertThat(disputes.view(ref).status()).isEqualTo("MEDIATION");
    assertRefused(ref);

    mediate(ref, "SETTLED");

    DisputeView view = disputes.view(ref);
    assertThat(view.status()).isEqualTo("CLOSED");
    assertThat(view.outcome()).isEqualTo("SETTLED");
    assertRefused(ref);
    assertThat(ended(ref, PatentDisputeMediationProcess.END_SETTLED)).isTrue();
  }

  @Test
  void allowsAnAssertionOnlyAfterTheCoolingOffPeriodOfAFailedMediation() throws Exception {
    String ref = notice();
    mediate(ref, "NOT_SETTLED");
    assertThat(disputes.view(ref).status()).isEqualTo("COOLING_OFF");
    assertRefused(ref);

    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
    var timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
    managementService.executeJob(timer.getId());

    assertThat(disputes.view(ref).status()).isEqualTo("CLOSED");
    mvc.perform(post("/api/patents/disputes/" + ref + "/assertions").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"조정 불성립 후 권리 행사 / assertion after mediation\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assertionsRecorded").value(1));
    assertThat(ended(ref, PatentDisputeMediationProcess.END_CLOSED)).isTrue();
  }

  private String notice() throws Exception {
    String body = """
        {"claimantPartner": "SKT", "respondentPartner": "KAKAO", "patentNumber": "%s",
         "grievance": "카카오 서비스가 특허를 사용합니다 / Kakao's service uses the patent"}""".formatted(patent.number);
    String json = mvc.perform(post("/api/patents/disputes").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return com.jayway.jsonpath.JsonPath.read(json, "$.reference");
  }

  private void mediate(String ref, String outcome) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(PatentDisputeMediationProcess.TASK_MEDIATE_DISPUTE).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("council-chair"));
    council.complete(task, SKT_CEO, Map.of("mediationOutcome", outcome,
        "mediationSummary", "양측 협의 결과 기록 / outcome agreed with both partners"));
  }

  private void assertRefused(String ref) throws Exception {
    mvc.perform(post("/api/patents/disputes/" + ref + "/assertions").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"assert now\"}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(disputes.view(ref).assertionsRecorded()).isZero();
  }

  private boolean ended(String ref, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEvent).finished().list().stream()
        .anyMatch(activity -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(activity.getProcessInstanceId()).processInstanceBusinessKey(ref).count() == 1);
  }
}
