package com.synergycouncil.publication;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.publication.PublicationFixture.AI_LEAD;
import static com.synergycouncil.publication.PublicationFixture.AI_LEAD2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.StartForms;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.audit.AuditTrail;
import com.synergycouncil.council.CouncilRoster;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
 * The AI leads' start form in Tasklist ({@code RequestPublicationForm}): a publication requested through it is the
 * publication the API requests, and a refusal writes nothing.
 */
@ProcessTest
class PublicationStartFormTests {

  static final String KEY = AiOutputPublicationProcess.KEY;
  static final String[] TABLES = {"ai_output_status"};

  @Autowired TestCouncil council;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CouncilRoster roster;
  @Autowired AiOutputRegistry registry;
  @Autowired AiOutputPublications publications;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail auditTrail;

  PublicationFixture fixture;
  StartForms forms;

  @BeforeEach
  void seat() {
    fixture = new PublicationFixture(council, identityService, taskService, roster, registry, publications).seat();
    forms = new StartForms(rest, json, jdbc, historyService);
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void anAiLeadRequestingThroughTheFormGetsWhatTheApiGives() {
    String apiRef = fixture.register(PublicationFixture.model(List.of(PublicationFixture.dataset("CC-BY-4.0"))));
    String formRef = fixture.register(PublicationFixture.model(List.of(PublicationFixture.dataset("CC-BY-4.0"))));

    ResponseEntity<JsonNode> api = forms.post(AI_LEAD, "/api/ai-outputs/" + apiRef + "/publication", Map.of(
        "audience", "ACADEMIA", "licence", "CC-BY-4.0", "releaseType", "GATED"));
    assertThat(api.getStatusCode()).as("%s", api.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    ResponseEntity<JsonNode> started = forms.submit(AI_LEAD, KEY, fields(formRef, "CC-BY-4.0"));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    council.runDueJobs();

    assertThat(started.getBody().path("businessKey").asText()).isEqualTo(formRef);
    JsonNode formView = view(formRef);
    assertThat(formView.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(StartForms.comparable(formView, formRef)).isEqualTo(StartForms.comparable(view(apiRef), apiRef));
    assertThat(StartForms.variables(runtimeService, KEY, formRef, id(formRef)))
        .isEqualTo(StartForms.variables(runtimeService, KEY, apiRef, id(apiRef)))
        .containsEntry("requestedBy", "String:" + AI_LEAD).containsEntry("licence", "String:CC-BY-4.0");
    assertThat(StartForms.story(auditTrail, formRef)).isEqualTo(StartForms.story(auditTrail, apiRef));
  }

  @Test
  void anOutputUnderReviewCannotBeRequestedAgainAndNothingIsWritten() {
    String ref = fixture.requested(PublicationFixture.model(List.of(PublicationFixture.dataset("CC-BY-4.0"))),
        Terms.OutputLicence.CC_BY_4_0, Terms.Audience.ACADEMIA, Terms.ReleaseType.GATED);
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(AI_LEAD2, KEY, fields(ref, "Apache-2.0"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains(ref + " is IN_REVIEW: no new publication request now");
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
    assertThat(view(ref).path("licence").asText()).isEqualTo("CC-BY-4.0");
  }

  @Test
  void badChoicesAndUnknownOutputsAreRefusedAndNothingIsWritten() {
    String ref = fixture.register(PublicationFixture.model(List.of(PublicationFixture.dataset("CC-BY-4.0"))));
    Map<String, Object> fields = fields(ref, "MIT");
    fields.remove("audience");
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(AI_LEAD, KEY, fields);
    ResponseEntity<JsonNode> unknown = forms.submit(AI_LEAD, KEY, fields("AO-2000-9999", "Apache-2.0"));
    ResponseEntity<JsonNode> none = forms.submit(AI_LEAD, KEY, Map.of("audience", "PUBLIC"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("licence: must be one of Apache-2.0, CC-BY-4.0, OpenRAIL-M").contains("audience: ");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("message").asText()).contains("No AI output AO-2000-9999");
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody().path("message").asText()).contains("outputRef: is required");
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
    assertThat(view(ref).path("status").asText()).isEqualTo("REGISTERED");
  }

  @Test
  void onlyAiLeadsRequestPublications() {
    String ref = fixture.register(PublicationFixture.model(List.of(PublicationFixture.dataset("CC-BY-4.0"))));
    StartForms.Written before = forms.written(KEY, TABLES);

    ResponseEntity<JsonNode> refused = forms.submit(FUND_MANAGER, KEY, fields(ref, "Apache-2.0"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.written(KEY, TABLES)).isEqualTo(before);
    assertThat(view(ref).path("status").asText()).isEqualTo("REGISTERED");
  }

  private static Map<String, Object> fields(String ref, String licence) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outputRef", ref);
    fields.put("audience", "ACADEMIA");
    fields.put("licence", licence);
    fields.put("releaseType", "GATED");
    return fields;
  }

  private JsonNode view(String ref) {
    ResponseEntity<JsonNode> response = forms.get(AI_LEAD, "/api/ai-outputs/{ref}", ref);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long id(String ref) {
    return jdbc.sql("select id from ai_output where reference = ?").param(ref).query(Long.class).single();
  }
}
