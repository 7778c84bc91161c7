package com.synergycouncil.reporting;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.StartForms;
import com.synergycouncil.TestCouncil;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance officers' start form in Tasklist ({@code RequestImpactReportForm}, on the process's timer start
 * event, which Camunda starts a process at when a person starts it): the quarter asked for is checked with the
 * compliance page's rules and the instance is the one the page starts. The instances are removed afterwards, so no
 * other test's job run generates their reports.
 */
@ProcessTest
class ImpactReportStartFormTests {

  static final String KEY = QuarterlyImpactReportProcess.KEY;
  static final String[] TABLES = {"impact_report"};

  @Autowired TestCouncil council;
  @Autowired ImpactReportRequests requests;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  StartForms forms;

  @BeforeEach
  void seat() {
    council.seat();
    forms = new StartForms(rest, json, jdbc, historyService);
  }

  @AfterEach
  void removeTheInstancesStarted() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .filter(instance -> instance.getBusinessKey() != null && instance.getBusinessKey().startsWith("IR-2003-"))
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over"));
  }

  @Test
  void aComplianceOfficerAsksThroughTheFormAsOnTheCompliancePage() {
    Quarter quarter = new Quarter(2003, 2);
    String pageInstance = council.as(COMPLIANCE, () -> requests.request(quarter, COMPLIANCE));

    // as Tasklist sends it: the year a number, the quarter the value of a select
    ResponseEntity<JsonNode> started = forms.submit(COMPLIANCE, KEY, Map.of("year", 2003, "quarter", "2"));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String formInstance = started.getBody().path("id").asText();
    assertThat(started.getBody().path("businessKey").asText()).isEqualTo("IR-2003-Q2");
    assertThat(runtimeService.getVariables(formInstance)).isEqualTo(runtimeService.getVariables(pageInstance))
        .isEqualTo(Map.of("year", 2003, "quarter", 2, "requestedBy", COMPLIANCE));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IR-2003-Q2").count()).isEqualTo(2);
    for (String instance : List.of(pageInstance, formInstance)) {
      assertThat(managementService.createJobQuery().processInstanceId(instance)
          .activityId(QuarterlyImpactReportProcess.TASK_GENERATE_REPORT).count())
          .as("the report generation waiting for %s", instance).isOne();
    }
  }

  @Test
  void aQuarterThatIsNotRealOrHasNotBegunIsRefusedAndNothingStarts() {
    int nextYear = Quarter.containing(ClockUtil.now().toInstant()).year() + 1;
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> future = forms.submit(COMPLIANCE, KEY, Map.of("year", nextYear, "quarter", "1"));
    ResponseEntity<JsonNode> unreal = forms.submit(COMPLIANCE, KEY, Map.of("year", 1999, "quarter", "5"));
    ResponseEntity<JsonNode> empty = forms.submit(COMPLIANCE, KEY, Map.of());

    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().path("message").asText()).contains(nextYear + " Q1 has not begun yet");
    assertThat(unreal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unreal.getBody().path("message").asText()).contains("year: ").contains("quarter: ");
    assertThat(empty.getStatusCode()).as("no quarter at all: not the quarter's timer").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
  }

  @Test
  void onlyComplianceOfficersAskForReports() {
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(FUND_MANAGER, KEY, Map.of("year", 2003, "quarter", "3"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
  }

  @Test
  void theStartMessageSentByAPersonOnEngineRestIsCheckedLikeTheForm() {
    StartForms.Written before = forms.written(KEY, TABLES);
    ResponseEntity<JsonNode> future = forms.post(COMPLIANCE, "/engine-rest/message", Map.of(
        "messageName", QuarterlyImpactReportProcess.MESSAGE_REPORT_REQUESTED, "businessKey", "IR-2099-Q1",
        "processVariables", Map.of("year", Map.of("value", 2099), "quarter", Map.of("value", 1))));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);

    ResponseEntity<JsonNode> spoofed = forms.post(COMPLIANCE, "/engine-rest/message", Map.of(
        "messageName", QuarterlyImpactReportProcess.MESSAGE_REPORT_REQUESTED, "businessKey", "MINE",
        "resultEnabled", true, "processVariables", Map.of("year", Map.of("value", 2003), "quarter",
            Map.of("value", 4), "requestedBy", Map.of("value", "skt-ceo"))));

    assertThat(spoofed.getStatusCode()).as("%s", spoofed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IR-2003-Q4")
        .singleResult();
    assertThat(runtimeService.getVariables(instance.getId()))
        .isEqualTo(Map.of("year", 2003, "quarter", 4, "requestedBy", COMPLIANCE));
  }
}
