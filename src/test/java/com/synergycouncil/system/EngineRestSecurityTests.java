package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /engine-rest}: a login for everything, each user sees their own tasks, and no query runs an expression. */
@ProcessTest
class EngineRestSecurityTests {

  /** Would set a system property if any query expression were ever evaluated. */
  static final String ATTACK = "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), "
      + "''.getClass()).invoke(null, 'council.pwned', 'yes')}";

  @Autowired MockMvc mvc;
  @Autowired TestRestTemplate rest;
  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
    System.clearProperty("council.pwned");
  }

  @AfterEach
  void nothingRan() {
    assertThat(System.getProperty("council.pwned")).isNull();
  }

  @Test
  void engineRestNeedsALogin() throws Exception {
    mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
    mvc.perform(get("/engine-rest/process-definition")).andExpect(status().isUnauthorized());
  }

  @Test
  void anExecutiveSeesOnlyTheVotesMeantForThem() throws Exception {
    runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, "REST-1", Map.of("subjectType", "FUNDING",
        "subjectRef", "REST-1", "subjectTitle", "t", "subjectSummary", "s", "amountWon", 100_000_000L,
        "amountDisplay", "1억", "excludedUsers", ""));

    ResponseEntity<JsonNode> tasks = rest.withBasicAuth(KAKAO_CTO, PASSWORD).getForEntity("/engine-rest/task?firstResult=0&maxResults=200", JsonNode.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).isNotEmpty();
    assertThat(tasks.getBody().findValuesAsText("assignee")).contains(KAKAO_CTO);
    tasks.getBody().forEach(task -> assertThat(task.get("assignee").asText()).as(task.toString()).isEqualTo(KAKAO_CTO));
    Task sktVote = taskService.createTaskQuery().processInstanceBusinessKey("REST-1").taskAssignee(SKT_CTO).singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> completion = rest.withBasicAuth(KAKAO_CTO, PASSWORD).postForEntity(
        "/engine-rest/task/" + sktVote.getId() + "/complete", new HttpEntity<>(
            "{\"variables\":{\"voteDecision\":{\"value\":\"REJECT\"},\"conflictDeclared\":{\"value\":false}}}",
            headers), String.class);
    assertThat(completion.getStatusCode().is4xxClientError()).isTrue();
    assertThat(taskService.createTaskQuery().taskId(sktVote.getId()).count()).isEqualTo(1);
  }

  @Test
  void answersAFourEyesRefusalWith403AndAnInvalidVoteWith400() {
    runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, "REST-2", Map.of("subjectType", "FUNDING",
        "subjectRef", "REST-2", "subjectTitle", "t", "subjectSummary", "s", "amountWon", 100_000_000L,
        "amountDisplay", "1억", "excludedUsers", "admin"));
    Task kakaoVote = taskService.createTaskQuery().processInstanceBusinessKey("REST-2").taskAssignee(KAKAO_CTO)
        .singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> byTheSubmitter = rest.withBasicAuth("admin", "test-admin-password-0001").postForEntity(
        "/engine-rest/task/" + kakaoVote.getId() + "/complete", new HttpEntity<>(
            "{\"variables\":{\"voteDecision\":{\"value\":\"APPROVE\"}}}", headers), String.class);
    assertThat(byTheSubmitter.getStatusCode()).as(byTheSubmitter.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byTheSubmitter.getBody()).contains("Four-eyes");

    ResponseEntity<String> invalid = rest.withBasicAuth(KAKAO_CTO, PASSWORD).postForEntity(
        "/engine-rest/task/" + kakaoVote.getId() + "/complete", new HttpEntity<>(
            "{\"variables\":{\"voteDecision\":{\"value\":\"MAYBE\"}}}", headers), String.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody()).contains("voteDecision");
    assertThat(taskService.createTaskQuery().taskId(kakaoVote.getId()).count()).isEqualTo(1);
  }

  @Test
  void refusesAnExpressionHiddenInOrQueries() throws Exception {
    String payload = "{\"orQueries\":[{\"assigneeExpression\":\"" + ATTACK.replace("'", "\\u0027") + "\"}]}";

    mvc.perform(post("/engine-rest/task").with(httpBasic(KAKAO_CTO, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(payload))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesAnExpressionWrittenWithJsonUnicodeEscapes() throws Exception {
    String payload = "{\"orQueries\":[{\"candidateUserExpression\":\"\\u0024{currentUser()}\"}]}";

    mvc.perform(post("/engine-rest/task/count").with(httpBasic(KAKAO_CTO, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(payload))
        .andExpect(status().isBadRequest());
  }

  @Test
  void refusesAStoredFilterCarryingAnExpression() throws Exception {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"evil\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\""
        + ATTACK.replace("'", "\\u0027") + "\"}]}}";

    mvc.perform(post("/engine-rest/filter/create").with(httpBasic("admin", "test-admin-password-0001"))
            .contentType(MediaType.APPLICATION_JSON).content(filter))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/camunda/api/engine/engine/default/filter/create")
            .contentType(MediaType.APPLICATION_JSON).content(filter))
        .andExpect(status().isBadRequest());
  }

  @Test
  void refusesAnExpressionInAQueryParameter() throws Exception {
    mvc.perform(get("/engine-rest/task").param("assigneeExpression", ATTACK).with(httpBasic(KAKAO_CTO, PASSWORD)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void answersAnOrdinaryTaskQuery() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.withBasicAuth(KAKAO_CTO, PASSWORD).postForEntity("/engine-rest/task?firstResult=0&maxResults=200",
        new HttpEntity<>("{\"orQueries\":[{\"assignee\":\"kakao-cto\"},{\"candidateGroup\":\"fund-managers\"}]}",
            headers), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyAnAdministratorDeploysAProcess() {
    String model = org.camunda.bpm.model.bpmn.Bpmn.convertToString(org.camunda.bpm.model.bpmn.Bpmn
        .createExecutableProcess("DeployProbe").camundaHistoryTimeToLive(1).startEvent().endEvent().done());
    for (String user : new String[] {SKT_CTO, TestCouncil.SKT_CEO, TestCouncil.COMPLIANCE, TestCouncil.FUND_MANAGER}) {
      assertThat(deploy(rest.withBasicAuth(user, PASSWORD), model).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("DeployProbe").count()).isZero();
    assertThat(deploy(rest.withBasicAuth("admin", "test-admin-password-0001"), model).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("DeployProbe").count()).isOne();
    repositoryService.createDeploymentQuery().deploymentName("deploy-probe").list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  private static ResponseEntity<String> deploy(TestRestTemplate as, String model) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("deployment-name", "deploy-probe");
    parts.add("probe.bpmn", new org.springframework.core.io.ByteArrayResource(
        model.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "probe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }
}
