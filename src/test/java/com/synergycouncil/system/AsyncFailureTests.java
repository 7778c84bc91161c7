package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.BusinessRegistrationNumber;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failing asynchronous step retries, becomes an incident visible in Cockpit, and completes after the cause is
 * fixed and the incident resolved. The cause is a technical one (not the FUND_EXHAUSTED BPMN error): a stale
 * commitment row for the application, so reserving its budget breaks the commitment table's primary key.
 */
@ProcessTest
class AsyncFailureTests {

  static final String ADMIN_PASSWORD = "test-admin-password-0001";

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aFailingReservationRetriesBecomesAnIncidentAndCompletesOnceTheCauseIsFixed() {
    String ref = council.as(FUND_MANAGER, () -> applications.submit(request(120_000_000L), FUND_MANAGER, null))
        .reference();
    long applicationId = jdbc.sql("select id from funding_application where reference = ?").param(ref)
        .query(Long.class).single();
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(FundingApprovalProcess.KEY).singleResult().getId();
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 3, "teamScore", 5, "financialScore", 4, "conflictFree", true,
        "recommendation", "APPROVE", "dueDiligenceSummary", "충분한 실사 결과입니다 / A thorough review result."));
    vote(ref, SKT_CTO);
    List<String> partners = jdbc.sql("select partner_code from fund_account").query(String.class).list();
    try {
      // the cause: commitment rows left behind for this application (say, by a half-restored backup)
      partners.forEach(partner -> jdbc.sql(
              "insert into fund_commitment (application_id, partner_code, amount_won) values (?, ?, 1)")
          .params(applicationId, partner).update());
      vote(ref, KAKAO_CTO);
      Job job = reserveJob(instanceId);

      int tries = 0;
      while (job.getRetries() > 0 && tries < 10) {
        if (tries > 0) {
          assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count())
              .as("a retry waits for its due date").isZero();
          ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1_000));
        }
        String jobId = job.getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId)).hasStackTraceContaining("fund_commitment");
        tries++;
        job = reserveJob(instanceId);
      }
      assertThat(tries).as("R3/PT5M: three tries").isEqualTo(3);
      assertThat(job.getRetries()).isZero();
      assertThat(job.getExceptionMessage()).containsIgnoringCase("fund_commitment");

      Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId).singleResult();
      assertThat(incident.getActivityId()).isEqualTo(FundingApprovalProcess.TASK_RESERVE_BUDGET);
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getConfiguration()).isEqualTo(job.getId());
      assertThat(incident.getIncidentMessage()).isEqualTo(job.getExceptionMessage());
      ResponseEntity<JsonNode> cockpit = rest.withBasicAuth("admin", ADMIN_PASSWORD)
          .getForEntity("/engine-rest/incident?maxResults=100&processInstanceId=" + instanceId, JsonNode.class);
      assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(cockpit.getBody()).hasSize(1);
      assertThat(cockpit.getBody().get(0).get("id").asText()).isEqualTo(incident.getId());
      assertThat(cockpit.getBody().get(0).get("activityId").asText()).isEqualTo(FundingApprovalProcess.TASK_RESERVE_BUDGET);
      assertThat(cockpit.getBody().get(0).get("incidentMessage").asText()).isEqualTo(incident.getIncidentMessage());
      assertThat(applications.view(ref).status()).isEqualTo(ApplicationStatus.IN_COUNCIL);

      // the fix: the stale rows go, an operator gives the job a retry, which resolves the incident
      jdbc.sql("delete from fund_commitment where application_id = ? and amount_won = 1").param(applicationId).update();
      managementService.setJobRetries(job.getId(), 1);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
      managementService.executeJob(job.getId());

      assertThat(applications.view(ref).status()).isEqualTo(ApplicationStatus.AWARDED);
      assertThat(reserveJobs(instanceId)).isEmpty();
      assertThat(jdbc.sql("select sum(amount_won) from fund_commitment where application_id = ?").param(applicationId)
          .query(Long.class).single()).isEqualTo(120_000_000L);
      assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instanceId).singleResult())
          .satisfies(historic -> {
            assertThat(historic.getId()).isEqualTo(incident.getId());
            assertThat(historic.isResolved()).isTrue();
            assertThat(historic.getEndTime()).isNotNull();
          });
    } finally {
      jdbc.sql("delete from fund_commitment where application_id = ? and amount_won = 1").param(applicationId).update();
      ClockUtil.reset();
    }
  }

  private Job reserveJob(String instanceId) {
    List<Job> jobs = reserveJobs(instanceId);
    assertThat(jobs).as("the reservation's job").hasSize(1);
    return jobs.get(0);
  }

  private List<Job> reserveJobs(String instanceId) {
    return managementService.createJobQuery().processInstanceId(instanceId)
        .activityId(FundingApprovalProcess.TASK_RESERVE_BUDGET).list();
  }

  private Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  /** Casts an approving vote and runs every due job except the reservation, which the test runs itself. */
  private void vote(String ref, String voter) {
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    council.as(voter, () -> {
      taskService.claim(vote.getId(), voter);
      taskService.complete(vote.getId(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
      return null;
    });
    for (int round = 0; round < 50; round++) {
      List<String> reservations = managementService.createJobQuery()
          .activityId(FundingApprovalProcess.TASK_RESERVE_BUDGET).list().stream().map(Job::getId).toList();
      List<Job> due = managementService.createJobQuery().executable().active().list().stream()
          .filter(job -> !reservations.contains(job.getId()))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep creating jobs");
  }

  private static FundingApplicationRequest request(long amountWon) {
    String brn = registrationNumber();
    return new FundingApplicationRequest("장애 복구 / Resilient Recycling " + brn, brn, EsgCategory.CIRCULAR_ECONOMY,
        "폐플라스틱 재활용 / Recycles waste plastic", amountWon, 30,
        new Contact("김담당", "contact@test.example", "+82 2-000-0000"),
        List.of(new TranchePlan(amountWon, "1단계 / Phase 1", null)),
        List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("10"))));
  }

  /** A business registration number with a valid check digit, different on every run of the JVM's tests. */
  static String registrationNumber() {
    String nine = "%09d".formatted(200_000_000 + (int) (System.nanoTime() % 700_000_000L + 700_000_000L) % 700_000_000);
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }
}
