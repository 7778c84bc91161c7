package com.synergycouncil.funding;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.StartForms;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.audit.AuditTrail;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The funding application's start form in Tasklist ({@code SubmitFundingApplicationForm}), driven as Tasklist
 * drives it: {@code submit-form} on {@code /engine-rest} with the fields as typed. A start through the form gives
 * exactly what {@code POST /api/funding/applications} gives, and is refused, writing nothing, where the API would be.
 */
@ProcessTest
class FundingStartFormTests {

  static final String KEY = FundingApprovalProcess.KEY;
  static final String[] TABLES = {"funding_application", "funding_tranche", "funding_impact_goal",
      "funding_status_history"};

  @Autowired TestCouncil council;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired AuditTrail auditTrail;

  StartForms forms;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
    forms = new StartForms(rest, json, jdbc, historyService);
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void aFundManagerStartingTheFormGetsExactlyWhatTheApiGives() {
    FundingApplicationRequest request = Applications.twoTranches(240_000_000L);

    ResponseEntity<JsonNode> api = forms.post(FUND_MANAGER, "/api/funding/applications", request);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String apiRef = api.getBody().path("reference").asText();

    ResponseEntity<JsonNode> started = forms.submit(FUND_MANAGER, KEY, fields(request));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String formRef = started.getBody().path("businessKey").asText();

    assertThat(formRef).matches("FA-\\d{4}-\\d{4}").isNotEqualTo(apiRef);
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(formRef).processDefinitionKey(KEY).singleResult();
    assertThat(instance.getId()).isEqualTo(started.getBody().path("id").asText());
    assertThat(jdbc.sql("select process_instance_id from funding_application where reference = ?").param(formRef)
        .query(String.class).single()).isEqualTo(instance.getId());

    // the application as the API shows it: the same in everything but its reference and the time it came in
    assertThat(StartForms.comparable(view(formRef), formRef)).isEqualTo(StartForms.comparable(view(apiRef), apiRef));
    assertThat(view(formRef).path("status").asText()).isEqualTo("IN_DUE_DILIGENCE");
    assertThat(view(formRef).path("submittedBy").asText()).isEqualTo(FUND_MANAGER);

    // the same process variables, nothing the form sent besides
    assertThat(StartForms.variables(runtimeService, KEY, formRef, id(formRef)))
        .isEqualTo(StartForms.variables(runtimeService, KEY, apiRef, id(apiRef)))
        .containsKeys("applicationId", "applicationRef", "submittedBy", "excludedUsers");

    // the same audit trail
    assertThat(StartForms.story(auditTrail, formRef)).isNotEmpty().isEqualTo(StartForms.story(auditTrail, apiRef));
  }

  @Test
  void anExecutiveMaySponsorThroughTheFormAsThroughTheApiAndMayNotVoteOnIt() {
    ResponseEntity<JsonNode> started = forms.submit(SKT_CTO, KEY, fields(Applications.twoTranches(80_000_000L)));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String ref = started.getBody().path("businessKey").asText();
    assertThat(runtimeService.getVariable(started.getBody().path("id").asText(), "excludedUsers")).isEqualTo(SKT_CTO);
    assertThat(view(ref).path("submittedBy").asText()).isEqualTo(SKT_CTO);
  }

  @Test
  void aUserOfAnotherGroupIsRefusedAndNothingIsWritten() {
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(COMPLIANCE, KEY, fields(Applications.twoTranches(90_000_000L)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
  }

  @Test
  void badInputIsRefusedNamingEveryFieldAndNothingIsWritten() {
    Map<String, Object> fields = fields(Applications.twoTranches(120_000_000L));
    fields.put("businessRegistrationNumber", "123-45-67890");   // the right shape, the wrong check digit
    fields.put("companyName", "   ");
    fields.put("contactEmail", "not-an-email");
    fields.put("tranches", "60000000 | 1단계 / Phase 1 | 2027-01-31\n이천만원 | 2단계 / Phase 2\n1000 | 3단계 | 31.12.2027");
    fields.put("employeeCount", 12.5);
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(FUND_MANAGER, KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("businessRegistrationNumber: must be a Korean business registration number")
        .contains("companyName: ")
        .contains("contact.email:")
        .contains("employeeCount: must be a whole number")
        .contains("tranches line 2 amountWon: must be a number")
        .contains("tranches line 3 plannedDate: must be a date YYYY-MM-DD");
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
  }

  @Test
  void theApisCrossFieldRulesHoldForTheFormToo() {
    Map<String, Object> fields = fields(Applications.twoTranches(120_000_000L));
    fields.put("requestedAmountWon", 130_000_000);
    fields.put("goal2Metric", "PLASTIC_RECYCLED_TONNES");
    fields.put("goal2Target", 7);
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(FUND_MANAGER, KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("tranches: tranche amounts add up to 120,000,000 won but 130,000,000 won is requested")
        .contains("impactGoals[1].metric: appears more than once");
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
  }

  @Test
  void theSameApplicationSubmittedTwiceThroughTheFormIsCreatedOnce() {
    Map<String, Object> fields = fields(Applications.twoTranches(150_000_000L));
    ResponseEntity<JsonNode> first = forms.submit(FUND_MANAGER2, KEY, fields);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    StartForms.Written after = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> again = forms.submit(FUND_MANAGER2, KEY, fields);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().path("message").asText())
        .contains("already submitted as " + first.getBody().path("businessKey").asText());
    assertThat(forms.written(KEY, TABLES)).isEqualTo(after);
  }

  @Test
  void aClientCannotChooseTheBusinessKeyOrSlipInVariables() {
    Map<String, Object> fields = fields(Applications.twoTranches(70_000_000L));
    fields.put("applicationRef", "FA-1999-0001");
    fields.put("applicationId", 1);
    fields.put("excludedUsers", "nobody");
    fields.put("recommendation", "APPROVE");

    ResponseEntity<JsonNode> started = forms.submit(FUND_MANAGER, KEY, fields, "MY-OWN-KEY");

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String ref = started.getBody().path("businessKey").asText();
    assertThat(ref).matches("FA-\\d{4}-\\d{4}");
    Map<String, Object> variables = runtimeService.getVariables(started.getBody().path("id").asText());
    assertThat(variables).containsEntry("applicationRef", ref).containsEntry("excludedUsers", FUND_MANAGER)
        .doesNotContainKeys("recommendation", "companyName", "tranches", "goal1Metric");
    assertThat(((Number) variables.get("applicationId")).longValue()).isEqualTo(
        jdbc.sql("select id from funding_application where reference = ?").param(ref).query(Long.class).single());
  }

  /** The fields as a fund manager fills them in Tasklist for the same application. */
  static Map<String, Object> fields(FundingApplicationRequest request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("companyName", request.companyName());
    fields.put("businessRegistrationNumber", request.businessRegistrationNumber());
    fields.put("esgCategory", request.esgCategory().name());
    fields.put("description", request.description());
    fields.put("requestedAmountWon", request.requestedAmountWon());
    fields.put("employeeCount", request.employeeCount());
    fields.put("contactName", request.contact().name());
    fields.put("contactEmail", request.contact().email());
    fields.put("contactPhone", request.contact().phone());
    StringBuilder tranches = new StringBuilder();
    for (TranchePlan tranche : request.tranches()) {
      tranches.append(tranche.amountWon()).append(" | ").append(tranche.milestone()).append(" | ")
          .append(tranche.plannedDate() == null ? "" : tranche.plannedDate()).append('\n');
    }
    fields.put("tranches", tranches.toString());
    for (int n = 1; n <= request.impactGoals().size(); n++) {
      fields.put("goal" + n + "Metric", request.impactGoals().get(n - 1).metric().name());
      fields.put("goal" + n + "Target", request.impactGoals().get(n - 1).target().doubleValue());
    }
    return fields;
  }

  private JsonNode view(String reference) {
    ResponseEntity<JsonNode> response = forms.get(FUND_MANAGER, "/api/funding/applications/{ref}", reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long id(String reference) {
    return jdbc.sql("select id from funding_application where reference = ?").param(reference).query(Long.class)
        .single();
  }
}
