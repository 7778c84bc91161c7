package com.synergycouncil.patents;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.patents.LicenceSuspensionProcess.Var;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ProcessTest
class LicenceSuspensionProcessTests {

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired LicenceSuspensionService suspensions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  PatentLine patent = PatentLine.of("SKT").field("AI");
  String licensee = "소송기업 / Litigant Co " + System.nanoTime();

  @BeforeEach
  void seat() {
    new PatentScenario(council, taskService, portfolio, releases).load(List.of(patent));
  }

  @Test
  void confirmingASuspensionTerminatesOnlyTheDefensiveTerminationLicences() throws Exception {
    long first = licence(true);
    long second = licence(true);
    long plain = licence(false);

    String ref = report().andExpect(jsonPath("$.status").value("SUSPENDED"))
        .andExpect(jsonPath("$.licencesSuspended").value(2))
        .andExpect(jsonPath("$.licencesUnaffected").value(1)).andReturn().getResponse().getHeader("Location")
        .replaceAll(".*/", "");
    assertThat(ref).matches("LS-\\d{4}-\\d{4}");
    assertThat(statuses(first, second, plain)).containsExactly("SUSPENDED", "SUSPENDED", "ACTIVE");
    mvc.perform(get("/api/patents").param("q", patent.number).with(httpBasic(IP_OFFICER, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].licences[?(@.defensiveTermination == true)].status").value(hasItem("SUSPENDED")));

    Task task = decisionTask(ref);
    assertThat(taskService.getVariable(task.getId(), Var.LICENCES_SUSPENDED)).isEqualTo(2);
    assertThat(taskService.getVariable(task.getId(), Var.LICENCES_UNAFFECTED)).isEqualTo(1);
    decide(task, "CONFIRM");

    assertThat(statuses(first, second, plain)).containsExactly("TERMINATED", "TERMINATED", "ACTIVE");
    SuspensionView view = suspensions.view(ref);
    assertThat(view.status()).isEqualTo("CONFIRMED");
    assertThat(view.decidedBy()).isEqualTo(SKT_CEO);
    assertThat(view.decidedAt()).isNotNull();
    assertThat(ended(ref, LicenceSuspensionProcess.END_TERMINATED)).isTrue();
  }

  @Test
  void liftingASuspensionMakesTheLicencesActiveAgain() throws Exception {
    long first = licence(true);
    String ref = reference(report().andExpect(jsonPath("$.licencesSuspended").value(1)));
    assertThat(statuses(first)).containsExactly("SUSPENDED");

    decide(decisionTask(ref), "LIFT");

    assertThat(statuses(first)).containsExactly("ACTIVE");
    mvc.perform(get("/api/patents/licensees/lawsuits/" + ref).with(httpBasic(IP_OFFICER, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("LIFTED"))
        .andExpect(jsonPath("$.decisionComment").value("소송 취하 확인 / the lawsuit was withdrawn"));
    assertThat(ended(ref, LicenceSuspensionProcess.END_LIFTED)).isTrue();
  }

  @Test
  void suspendsNothingWhenNoLicenceOfTheLicenseeCarriesDefensiveTermination() throws Exception {
    long plain = licence(false);
    String ref = reference(report().andExpect(jsonPath("$.licencesSuspended").value(0))
        .andExpect(jsonPath("$.licencesUnaffected").value(1)));

    assertThat(statuses(plain)).containsExactly("ACTIVE");
    Task task = decisionTask(ref);
    assertThat(taskService.getVariable(task.getId(), Var.LICENCES_SUSPENDED)).isEqualTo(0);
    assertThat(taskService.getVariable(task.getId(), Var.LICENCES_UNAFFECTED)).isEqualTo(1);
  }

  @Test
  void refusesABadReportNamingTheFieldsAndWritesNothing() throws Exception {
    long before = instances();
    mvc.perform(post("/api/patents/licensees/lawsuits").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"licensee\": \" \", \"suedPartner\": \"NAVER\", \"caseReference\": \"%s\", \"description\": \"x\"}"
                .formatted(licensee)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("licensee")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("suedPartner")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")));
    assertThat(rowsOfCase(licensee)).isZero();
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void refusesAFundManager() throws Exception {
    long plain = licence(true);
    long before = instances();
    mvc.perform(post("/api/patents/licensees/lawsuits").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body()))
        .andExpect(status().isForbidden());
    assertThat(statuses(plain)).containsExactly("ACTIVE");
    assertThat(rowsOfCase("서울중앙지법 / Seoul Central District Court 2026가합" + licensee.hashCode())).isZero();
    assertThat(instances()).isEqualTo(before);
  }

  private long licence(boolean defensiveTermination) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into patent_licence (patent_id, licensee, kind, exclusive, defensive_termination, status, granted_at)
            select id, ?, 'LICENCE', false, ?, 'ACTIVE', current_timestamp from patent where patent_number = ?""")
        .params(licensee, defensiveTermination, patent.number)
        .update(key, "id");
    return key.getKey().longValue();
  }

  private ResultActions report() throws Exception {
    return mvc.perform(post("/api/patents/licensees/lawsuits").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body()))
        .andExpect(status().isCreated());
  }

  private String body() {
    return """
        {"licensee": "%s", "suedPartner": "SKT",
         "caseReference": "서울중앙지법 / Seoul Central District Court 2026가합%d",
         "description": "특허 침해 소송 제기 / patent infringement suit filed against SKT"}"""
        .formatted(licensee, licensee.hashCode());
  }

  private static String reference(ResultActions created) throws Exception {
    return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.reference");
  }

  private List<String> statuses(long... ids) {
    return java.util.Arrays.stream(ids)
        .mapToObj(id -> jdbc.sql("select status from patent_licence where id = ?").param(id).query(String.class)
            .single())
        .toList();
  }

  private Task decisionTask(String ref) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(LicenceSuspensionProcess.TASK_DECIDE_SUSPENSION).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("council-chair"));
    return task;
  }

  private void decide(Task task, String decision) {
    council.complete(task, SKT_CEO, Map.of(Var.DECISION, decision,
        Var.COMMENT, "소송 취하 확인 / the lawsuit was withdrawn"));
  }

  private long rowsOfCase(String caseReference) {
    return jdbc.sql("select count(*) from licence_suspension where case_reference = ? or licensee = ?")
        .params(caseReference, licensee).query(Long.class).single();
  }

  private long instances() {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LicenceSuspensionProcess.KEY).count();
  }

  private boolean ended(String ref, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEvent).finished().list().stream()
        .anyMatch(activity -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(activity.getProcessInstanceId()).processInstanceBusinessKey(ref).count() == 1);
  }
}
