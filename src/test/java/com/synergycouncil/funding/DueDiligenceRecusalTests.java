package com.synergycouncil.funding;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An administrator takes one fund manager off one application (a conflict of interest) with a revoke in Camunda Admin:
 * the engine checks revokes on every query ({@code authorization-check-revokes: always}), so the task disappears for
 * that fund manager only.
 */
@ProcessTest
class DueDiligenceRecusalTests {

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void aRevokedFundManagerNeitherSeesNorCompletesThatDueDiligence() {
    String ref = council.as(FUND_MANAGER, () -> applications.submit(Applications.twoTranches(80_000_000L),
        FUND_MANAGER, null).reference());
    council.runDueJobs();
    Task dueDiligence = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE).singleResult();
    assertThat(tasksOf(FUND_MANAGER2, ref)).containsExactly(dueDiligence.getId());

    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(FUND_MANAGER2);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(dueDiligence.getId());
    revoke.removePermission(Permissions.ALL);
    authorizationService.saveAuthorization(revoke);

    assertThat(tasksOf(FUND_MANAGER2, ref)).isEmpty();
    assertThat(tasksOf(FUND_MANAGER, ref)).as("the other fund managers still see it")
        .containsExactly(dueDiligence.getId());
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth(FUND_MANAGER2, PASSWORD).postForEntity("/engine-rest/task/" + dueDiligence.getId()
        + "/claim", new HttpEntity<>("{\"userId\":\"" + FUND_MANAGER2 + "\"}", json), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(dueDiligence.getId()).singleResult().getAssignee()).isNull();
  }

  private List<String> tasksOf(String user, String ref) {
    JsonNode tasks = rest.withBasicAuth(user, PASSWORD).getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + ref + "&firstResult=0&maxResults=50", JsonNode.class);
    return tasks.findValuesAsText("id");
  }
}
