package com.synergycouncil.patents;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.StartForms;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The IP officers' three start forms in Tasklist: a release request (hundreds of patents, one a line), a dispute
 * notice and a licensee's lawsuit. Each start through {@code submit-form} gives what the API gives, and each
 * refusal writes nothing.
 */
@ProcessTest
class PatentStartFormTests {

  static final String[] RELEASE_TABLES = {"release_request", "release_request_patent", "release_request_status_history"};
  static final String[] DISPUTE_TABLES = {"patent_dispute"};
  static final String[] SUSPENSION_TABLES = {"licence_suspension"};

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail auditTrail;

  StartForms forms;
  List<PatentLine> patents = List.of(PatentLine.of("SKT").field("AI"), PatentLine.of("SKT"), PatentLine.of("SKT"));

  @BeforeEach
  void seat() {
    new PatentScenario(council, taskService, portfolio, releases).load(patents);
    forms = new StartForms(rest, json, jdbc, historyService);
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void aReleaseRequestedOnePatentALineGivesWhatTheApiGives() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("kind", "TRANSFER");
    request.put("recipientName", "새싹로봇 / Saessak Robotics");
    request.put("recipientBrn", "220-81-62517");
    request.put("usePlan", "물류 로봇의 경로 계획에 특허를 적용합니다 / We will use the patents in path planning");
    request.put("fieldOfUse", "물류 로봇 / warehouse robots");
    request.put("patentNumbers", numbers());
    ResponseEntity<JsonNode> api = forms.post(IP_OFFICER, "/api/patents/releases", request);
    assertThat(api.getStatusCode()).as("%s", api.getBody()).isEqualTo(HttpStatus.CREATED);
    String apiRef = api.getBody().path("reference").asText();

    Map<String, Object> fields = new LinkedHashMap<>(request);
    // as pasted: one a line, with stray spaces and a blank line
    fields.put("patentNumbers", "  " + numbers().get(0) + "\n\n" + numbers().get(1) + "  \r\n" + numbers().get(2) + "\n");
    ResponseEntity<JsonNode> started = forms.submit(IP_OFFICER, PatentReleaseProcess.KEY, fields);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String formRef = started.getBody().path("businessKey").asText();
    council.runDueJobs();

    assertThat(formRef).matches("PR-\\d{4}-\\d{4}").isNotEqualTo(apiRef);
    JsonNode formView = view("/api/patents/releases/{ref}", formRef);
    assertThat(formView.path("passed").asLong()).isEqualTo(3);
    assertTheFormGaveWhatTheApiGave("/api/patents/releases/{ref}", PatentReleaseProcess.KEY, "release_request", formRef,
        apiRef);
    assertThat(StartForms.variables(runtimeService, PatentReleaseProcess.KEY, formRef, id("release_request", formRef)))
        .containsKeys("requestId", "requestRef", "requestKind", "recipientName", "excludedUsers");
    assertThat(StartForms.story(auditTrail, formRef)).isNotEmpty();
  }

  @Test
  void everyBadPatentLineIsNamedByItsLineAndNothingIsWritten() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", "OPENING");
    fields.put("partnerCode", "SKT");
    fields.put("programmeName", "2026 중소기업 공개 / 2026 SME opening");
    fields.put("patentNumbers", String.join("\n", numbers().get(0), "KR-NOT-OURS-1", "", numbers().get(1),
        numbers().get(0), "X".repeat(41)));
    StartForms.Written before = forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(IP_OFFICER2, PatentReleaseProcess.KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("patentNumbers line 2: KR-NOT-OURS-1 is not in the portfolio")
        .contains("patentNumbers line 5: repeats an earlier patent")
        .contains("patentNumbers line 6: ")
        .doesNotContain("line 1:").doesNotContain("line 3").doesNotContain("line 4");
    assertThat(forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES)).isEqualTo(before);
  }

  @Test
  void whatEachKindOfReleaseNeedsIsRequiredAsByTheApi() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", "LICENCE");
    fields.put("usePlan", "too short");
    fields.put("recipientBrn", "2208162517");
    fields.put("patentNumbers", numbers().get(0));
    StartForms.Written before = forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(IP_OFFICER, PatentReleaseProcess.KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("recipientName: is required for LICENCE")
        .contains("usePlan: at least 20 characters for LICENCE")
        .contains("recipientBrn: ");
    assertThat(forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES)).isEqualTo(before);
  }

  @Test
  void onlyIpOfficersRequestReleasesNoticeDisputesOrReportLawsuits() {
    StartForms.Written releases = forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES);
    StartForms.Written disputes = forms.written(PatentDisputeMediationProcess.KEY, DISPUTE_TABLES);
    StartForms.Written suspensions = forms.written(LicenceSuspensionProcess.KEY, SUSPENSION_TABLES);

    assertThat(forms.submit(FUND_MANAGER, PatentReleaseProcess.KEY, Map.of("kind", "OPENING", "partnerCode", "SKT",
        "programmeName", "몰래 / Sneaky", "patentNumbers", numbers().get(0))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.submit(COMPLIANCE, PatentDisputeMediationProcess.KEY, notice()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.submit(FUND_MANAGER, LicenceSuspensionProcess.KEY, lawsuit("몰래 / Sneaky Co")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(forms.written(PatentReleaseProcess.KEY, RELEASE_TABLES)).isEqualTo(releases);
    assertThat(forms.written(PatentDisputeMediationProcess.KEY, DISPUTE_TABLES)).isEqualTo(disputes);
    assertThat(forms.written(LicenceSuspensionProcess.KEY, SUSPENSION_TABLES)).isEqualTo(suspensions);
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void aDisputeNoticedThroughTheFormGivesWhatTheApiGives() {
    ResponseEntity<JsonNode> api = forms.post(IP_OFFICER, "/api/patents/disputes", notice());
    assertThat(api.getStatusCode()).as("%s", api.getBody()).isEqualTo(HttpStatus.CREATED);
    String apiRef = api.getBody().path("reference").asText();

    ResponseEntity<JsonNode> started = forms.submit(IP_OFFICER, PatentDisputeMediationProcess.KEY, notice());
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String formRef = started.getBody().path("businessKey").asText();

    assertThat(formRef).matches("PD-\\d{4}-\\d{4}");
    assertTheFormGaveWhatTheApiGave("/api/patents/disputes/{ref}", PatentDisputeMediationProcess.KEY, "patent_dispute",
        formRef, apiRef);
  }

  @Test
  void aBadDisputeNoticeIsRefusedNamingEveryFieldAndNothingIsWritten() {
    Map<String, Object> fields = new LinkedHashMap<>(notice());
    fields.put("respondentPartner", "SKT");
    fields.put("patentNumber", "KR-NOT-OURS-2");
    fields.put("grievance", "짧음");
    StartForms.Written before = forms.written(PatentDisputeMediationProcess.KEY, DISPUTE_TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(IP_OFFICER, PatentDisputeMediationProcess.KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("respondentPartner: must be the other partner")
        .contains("patentNumber: not in the portfolio")
        .contains("grievance: ");
    assertThat(forms.written(PatentDisputeMediationProcess.KEY, DISPUTE_TABLES)).isEqualTo(before);
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void aLawsuitReportedThroughTheFormGivesWhatTheApiGives() {
    String licensee = "소송기업 / Litigant Co " + System.nanoTime();
    ResponseEntity<JsonNode> api = forms.post(IP_OFFICER, "/api/patents/licensees/lawsuits", lawsuit(licensee));
    assertThat(api.getStatusCode()).as("%s", api.getBody()).isEqualTo(HttpStatus.CREATED);
    String apiRef = api.getBody().path("reference").asText();

    ResponseEntity<JsonNode> started = forms.submit(IP_OFFICER, LicenceSuspensionProcess.KEY, lawsuit(licensee));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String formRef = started.getBody().path("businessKey").asText();

    assertThat(formRef).matches("LS-\\d{4}-\\d{4}");
    assertTheFormGaveWhatTheApiGave("/api/patents/licensees/lawsuits/{ref}", LicenceSuspensionProcess.KEY,
        "licence_suspension", formRef, apiRef);
  }

  @Test
  void aBadLawsuitReportIsRefusedAndNothingIsWritten() {
    Map<String, Object> fields = new LinkedHashMap<>(lawsuit(" "));
    fields.put("suedPartner", "SAMSUNG");
    fields.put("description", "짧음");
    StartForms.Written before = forms.written(LicenceSuspensionProcess.KEY, SUSPENSION_TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(IP_OFFICER, LicenceSuspensionProcess.KEY, fields);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("licensee: ").contains("suedPartner: ").contains("description: ");
    assertThat(forms.written(LicenceSuspensionProcess.KEY, SUSPENSION_TABLES)).isEqualTo(before);
  }

  private List<String> numbers() {
    return patents.stream().map(line -> line.number).toList();
  }

  private Map<String, Object> notice() {
    return Map.of("claimantPartner", "SKT", "respondentPartner", "KAKAO", "patentNumber", numbers().get(0),
        "grievance", "카카오 메신저의 미디어 전송 기능 / Kakao's media transfer in its messenger");
  }

  private static Map<String, Object> lawsuit(String licensee) {
    return Map.of("licensee", licensee, "suedPartner", "SKT", "caseReference", "서울중앙지법 2026가합12345",
        "description", "SK텔레콤의 통신 특허 침해 주장 / Claims SK Telecom infringes its telecom patents");
  }

  /**
   * The request started through the form ({@code formRef}) is the one the API made ({@code apiRef}) in all but its
   * reference and time: as the API shows it, in the process variables and in the audit trail.
   */
  private void assertTheFormGaveWhatTheApiGave(String viewPath, String processKey, String table, String formRef,
      String apiRef) {
    assertThat(StartForms.comparable(view(viewPath, formRef), formRef))
        .isEqualTo(StartForms.comparable(view(viewPath, apiRef), apiRef));
    assertThat(StartForms.variables(runtimeService, processKey, formRef, id(table, formRef)))
        .isEqualTo(StartForms.variables(runtimeService, processKey, apiRef, id(table, apiRef)));
    assertThat(StartForms.story(auditTrail, formRef)).isEqualTo(StartForms.story(auditTrail, apiRef));
  }

  private JsonNode view(String path, String reference) {
    ResponseEntity<JsonNode> response = forms.get(IP_OFFICER, path, reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long id(String table, String reference) {
    return jdbc.sql("select id from " + table + " where reference = ?").param(reference).query(Long.class).single();
  }
}
