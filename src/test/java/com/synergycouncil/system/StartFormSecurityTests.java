package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.StartForms;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.patents.LicenceSuspensionService;
import com.synergycouncil.patents.PatentDisputeService;
import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.publication.AiOutputPublications;
import com.synergycouncil.reporting.ImpactReportRequests;
import com.synergycouncil.reporting.Quarter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may start what by hand, everywhere the same: Tasklist offers each person exactly the processes their group
 * may start, Camunda's authorizations and the modules' own rules agree, the council decision is nobody's to start,
 * and a right to start a process is a right to start it at its start event only, where the request is checked.
 */
@ProcessTest
class StartFormSecurityTests {

  static final String IP_OFFICER = "ip-officer";
  static final String AI_LEAD = "ai-lead";
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "test-admin-password-0001";
  static final List<String> STARTED_BY_HAND = List.of("FundingApprovalProcess", "PatentReleaseProcess",
      "PatentDisputeMediationProcess", "LicenceSuspensionProcess", "AiOutputPublicationProcess",
      "QuarterlyImpactReportProcess");

  @Autowired TestCouncil council;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired FundingApplicationService funding;
  @Autowired PatentReleaseService releases;
  @Autowired PatentDisputeService disputes;
  @Autowired LicenceSuspensionService suspensions;
  @Autowired AiOutputPublications publications;
  @Autowired ImpactReportRequests reports;

  StartForms forms;

  @BeforeEach
  void seat() {
    council.seat();
    council.seat(List.of(new CouncilMember(IP_OFFICER, "SKT", Role.IP_OFFICER, "정다온", "Jung Daon", false),
        new CouncilMember(AI_LEAD, "SKT", Role.AI_LEAD, "강민준", "Kang Minjun", false)));
    forms = new StartForms(rest, json, jdbc, historyService);
  }

  @Test
  void tasklistOffersEachPersonExactlyTheProcessesTheirGroupMayStart() {
    assertThat(startable(FUND_MANAGER, TestCouncil.PASSWORD)).containsExactly("FundingApprovalProcess");
    assertThat(startable(SKT_CTO, TestCouncil.PASSWORD)).as("an executive sponsors, as through the API")
        .containsExactly("FundingApprovalProcess");
    assertThat(startable(IP_OFFICER, TestCouncil.PASSWORD)).containsExactly("LicenceSuspensionProcess",
        "PatentDisputeMediationProcess", "PatentReleaseProcess");
    assertThat(startable(AI_LEAD, TestCouncil.PASSWORD)).containsExactly("AiOutputPublicationProcess");
    assertThat(startable(COMPLIANCE, TestCouncil.PASSWORD)).containsExactly("QuarterlyImpactReportProcess");
    assertThat(startable(ADMIN, ADMIN_PASSWORD)).containsAll(STARTED_BY_HAND)
        .doesNotContain("CouncilDecisionProcess");
  }

  @Test
  void camundasAuthorizationsAndTheModulesRulesAgreeOnWhoMayStartWhat() {
    Map<String, Predicate<Person>> rules = new LinkedHashMap<>();
    rules.put("FundingApprovalProcess", funding::maySubmit);
    rules.put("PatentReleaseProcess", releases::mayRequest);
    rules.put("PatentDisputeMediationProcess", disputes::mayNotice);
    rules.put("LicenceSuspensionProcess", suspensions::mayReport);
    rules.put("AiOutputPublicationProcess", publications::mayRequestPublication);
    rules.put("QuarterlyImpactReportProcess", reports::mayRequest);
    List<String> groups = identityService.createGroupQuery().list().stream().map(Group::getId)
        .filter(group -> !Groups.ADMINS.equals(group)).toList();
    assertThat(groups).contains(Groups.FUND_MANAGERS, Groups.IP_OFFICERS, Groups.AI_LEADS, Groups.COMPLIANCE,
        Groups.COUNCIL_CHAIR, "executives-skt", Groups.PRIVACY_REVIEWERS);

    List<String> disagreements = new ArrayList<>();
    rules.forEach((processKey, rule) -> groups.forEach(group -> {
      boolean engine = authorizationService.isUserAuthorized("probe", List.of(group), Permissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, processKey)
          && authorizationService.isUserAuthorized("probe", List.of(group), Permissions.CREATE,
          Resources.PROCESS_INSTANCE, Authorization.ANY);
      boolean module = rule.test(Person.of("probe", List.of(group)));
      if (engine != module) {
        disagreements.add(processKey + " for " + group + ": engine " + engine + ", module " + module);
      }
    }));
    assertThat(disagreements).isEmpty();
    assertThat(rules.keySet()).containsExactlyElementsOf(STARTED_BY_HAND);
    for (String group : groups) {
      assertThat(authorizationService.isUserAuthorized("probe", List.of(group), Permissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, "CouncilDecisionProcess")).as("%s may start a council decision", group).isFalse();
    }
  }

  @Test
  void nobodyStartsACouncilDecisionByHand() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("CouncilDecisionProcess")
        .count();

    ResponseEntity<JsonNode> refused = forms.submit(FUND_MANAGER, "CouncilDecisionProcess", Map.of(
        "subjectType", "FUNDING", "subjectRef", "FA-2026-9999"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("CouncilDecisionProcess")
        .count()).isEqualTo(before);
  }

  @Test
  void aRightToStartIsARightToStartAtTheStartEventOnly() {
    StartForms.Written before = forms.written("FundingApprovalProcess", "funding_application", "fund_account");

    // straight to the budget reservation, listeners skipped: what the start event's checks are there to prevent
    ResponseEntity<JsonNode> pastTheStart = forms.post(FUND_MANAGER,
        "/engine-rest/process-definition/key/FundingApprovalProcess/start", Map.of(
            "businessKey", "FA-2026-9998", "skipCustomListeners", true,
            "variables", Map.of("applicationId", Map.of("value", 1), "resolutionOutcome", Map.of("value", "PASSED")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ReserveBudget"))));
    // the plain start (no form) goes through the start event, and so through the same checks
    ResponseEntity<JsonNode> plainStart = forms.post(FUND_MANAGER,
        "/engine-rest/process-definition/key/FundingApprovalProcess/start", Map.of(
            "variables", Map.of("companyName", Map.of("value", "몰래 / Sneaky"))));

    assertThat(pastTheStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pastTheStart.getBody().path("message").asText()).contains("start event only");
    assertThat(plainStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(plainStart.getBody().path("message").asText()).contains("businessRegistrationNumber");
    assertThat(forms.written("FundingApprovalProcess", "funding_application", "fund_account")).isEqualTo(before);
  }

  @Test
  void anEndedReportCannotBeRestartedPastItsStartEventByCompliance() {
    String instance = council.as(COMPLIANCE, () -> reports.request(new Quarter(2004, 1), COMPLIANCE));
    runtimeService.deleteProcessInstance(instance, "test: an ended instance to restart");
    String definition = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    Map<String, Object> restart = Map.of("processInstanceIds", List.of(instance),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_SignReport")));
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionId(definition).count();

    ResponseEntity<JsonNode> refused = forms.post(COMPLIANCE,
        "/engine-rest/process-definition/" + definition + "/restart", restart);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionId(definition).count())
        .isEqualTo(before);
  }

  /** The keys Tasklist's "Start process" lists for the user (its own query), sorted. */
  private Set<String> startable(String user, String password) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, password).getForEntity(
        "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
            + "&startablePermissionCheck=true&maxResults=50", JsonNode.class);
    assertThat(response.getStatusCode()).as("process definitions for %s", user).isEqualTo(HttpStatus.OK);
    Set<String> keys = new TreeSet<>();
    response.getBody().forEach(definition -> keys.add(definition.path("key").asText()));
    return keys;
  }

}
