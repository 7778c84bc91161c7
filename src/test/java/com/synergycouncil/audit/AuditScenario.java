package com.synergycouncil.audit;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Funding applications driven through their processes as the council's members would, for the audit tests. A plain
 * object, not a bean: the audit tests share the one {@code @ProcessTest} context with every other test.
 */
class AuditScenario {

  private static final AtomicInteger COMPANIES = new AtomicInteger();

  private final TestCouncil council;
  private final FundingApplicationService applications;
  private final TaskService taskService;

  AuditScenario(TestCouncil council, FundingApplicationService applications, TaskService taskService) {
    this.council = council;
    this.applications = applications;
    this.taskService = taskService;
  }

  String submit(long amountWon) {
    String brn = registrationNumber();
    FundingApplicationRequest request = new FundingApplicationRequest("감사 시험 재활용 / Audit Test Recycling " + brn, brn,
        EsgCategory.CIRCULAR_ECONOMY, "폐플라스틱 재활용 / Recycles waste plastic", amountWon, 30,
        new Contact("김담당", "contact@audit.example", null),
        List.of(new TranchePlan(amountWon, "1단계 / Phase 1", LocalDate.of(2027, 6, 30))),
        List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("50"))));
    return council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());
  }

  /** Claims and completes the due diligence as the second fund manager (the submitter may not). */
  void dueDiligence(String ref) {
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 4, "teamScore", 4, "financialScore", 4, "conflictFree", true,
        "recommendation", "APPROVE", "dueDiligenceSummary", "감사 시험용 실사 결과 / Due diligence for the audit test"));
  }

  void vote(String ref, String voter, String choice, String comment) {
    council.complete(voteTask(ref, voter), voter, Map.of("voteDecision", choice, "conflictDeclared", false,
        "voteComment", comment));
    council.runDueJobs();
  }

  void recuse(String ref, String voter, String reason) {
    council.complete(voteTask(ref, voter), voter, Map.of("conflictDeclared", true, "conflictReason", reason));
  }

  Task voteTask(String ref, String voter) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
  }

  Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  static String registrationNumber() {
    String nine = "%09d".formatted(100_000_000 + (7_000 + COMPANIES.incrementAndGet()) * 104_729L % 899_999_999);
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }
}
