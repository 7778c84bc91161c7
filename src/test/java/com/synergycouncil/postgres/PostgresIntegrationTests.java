package com.synergycouncil.postgres;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.RequiresPostgres;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.BusinessRegistrationNumber;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.FundBalance;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApplicationView;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The same product on PostgreSQL: migrations, the engine's schema, a whole award, and the append-only register. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@Import(TestCouncil.class)
class PostgresIntegrationTests {

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired Fund fund;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void runsOnPostgresql() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  @Test
  void theProductsConnectionsRunWithoutJit() {
    // JIT would compile each Tasklist query's authorization subqueries again (120 of 165 ms at 10,000 open votes)
    assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
  }

  @Test
  void awardsAnApplicationEndToEnd() {
    FundBalance before = fund.balance();
    String ref = award();

    FundingApplicationView view = applications.view(ref);
    assertThat(view.status()).isEqualTo(ApplicationStatus.AWARDED);
    assertThat(view.resolutions()).singleElement().satisfies(r -> assertThat(r.number()).matches("SC-\\d{4}-\\d{4}"));
    assertThat(fund.balance().reservedWon() - before.reservedWon()).isEqualTo(60_000_000L);
  }

  @Test
  void theRegisterRefusesUpdatesAndDeletes() {
    award();
    assertThatThrownBy(() -> jdbc.sql("update resolution set outcome = 'VETOED'").update())
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from council_vote_event").update())
        .hasStackTraceContaining("append-only");
  }

  private String award() {
    String ref = council.as(FUND_MANAGER, () -> applications.submit(request(), FUND_MANAGER, null).reference());
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 4, "teamScore", 4, "financialScore", 4, "conflictFree", true,
        "recommendation", "APPROVE", "dueDiligenceSummary", "PostgreSQL 통합 시험 / integration test on PostgreSQL"));
    vote(ref, SKT_CTO);
    vote(ref, KAKAO_CTO);
    return ref;
  }

  private FundingApplicationRequest request() {
    int nine = ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    return new FundingApplicationRequest("포스트그레스 시험 / Postgres Test", registrationNumber(nine),
        EsgCategory.CIRCULAR_ECONOMY, "재활용 / recycling", 60_000_000L, 12,
        new FundingApplicationRequest.Contact("담당", "it@test.example", null),
        List.of(new FundingApplicationRequest.TranchePlan(60_000_000L, "완료 / done", null)),
        List.of(new FundingApplicationRequest.ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("3"))));
  }

  private static String registrationNumber(int nine) {
    return BusinessRegistrationNumber.Validator.withCheckDigit(Integer.toString(nine));
  }

  private org.camunda.bpm.engine.task.Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  private void vote(String ref, String voter) {
    council.complete(taskService.createTaskQuery().processInstanceBusinessKey(ref)
            .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult(),
        voter, Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
  }
}
