package com.synergycouncil.benchmarks;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;

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
import com.synergycouncil.system.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Drives the product's funding approval path the way its process tests do (FundingApprovalProcessTests): a fund
 * manager submits through {@link FundingApplicationService} (screening: DMN FundingEligibility), the second fund
 * manager completes the due diligence, the members the DMN CouncilVotingTier selects vote in CouncilDecisionProcess,
 * the budget is reserved, and every tranche is released after an accepted milestone review. Each task is completed
 * as its user would (claimed first when nobody holds it), then the due jobs run ({@link TestCouncil#complete}).
 *
 * <p>The baseline is a bare process with one user task for the fund managers, started with a business key and
 * completed the same way.
 */
final class FundingPath {

  static final String BARE_PROCESS = "BenchmarkBareProcess";
  static final String BARE_TASK = "Task_Bare";
  /** Below 300 million won: the CTOs of both partners vote. */
  static final long AMOUNT_WON = 100_000_000L;

  private static final AtomicInteger COMPANIES = new AtomicInteger();
  private static final AtomicInteger BARE = new AtomicInteger();

  private final TestCouncil council;
  private final FundingApplicationService applications;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  FundingPath(BenchmarkProduct product) {
    this.council = product.bean(TestCouncil.class);
    this.applications = product.bean(FundingApplicationService.class);
    this.taskService = product.bean(TaskService.class);
    this.runtimeService = product.bean(RuntimeService.class);
    this.historyService = product.bean(HistoryService.class);
    this.repositoryService = product.bean(RepositoryService.class);
  }

  /** The whole path, one tranche and one impact goal, to COMPLETED. Returns the application's reference. */
  String fund() {
    return fund(1, 1);
  }

  /** The whole path with {@code tranches} tranches and {@code goals} impact goals, to COMPLETED. */
  String fund(int tranches, int goals) {
    String ref = submit(request(tranches, goals));
    dueDiligence(ref);
    voteAll(ref);
    for (int i = 0; i < tranches; i++) {
      milestone(ref);
    }
    return ref;
  }

  /** Throws unless the application went all the way (checked outside the measurements). */
  void assertCompleted(String ref) {
    ApplicationStatus status = applications.view(ref).status();
    if (status != ApplicationStatus.COMPLETED) {
      throw new IllegalStateException(ref + " ended " + status + ", not COMPLETED");
    }
  }

  /** Throws unless the bare instance ended. */
  void assertBareEnded(String businessKey) {
    if (historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).completed()
        .count() != 1) {
      throw new IllegalStateException(businessKey + " did not end");
    }
  }

  String submit(FundingApplicationRequest request) {
    return council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());
  }

  void dueDiligence(String ref) {
    council.complete(task(ref, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE), FUND_MANAGER2, Map.of(
        "impactScore", 4, "feasibilityScore", 4, "teamScore", 4, "financialScore", 4, "conflictFree", true,
        "recommendation", "APPROVE", "dueDiligenceSummary", "벤치마크 실사 / Benchmark due diligence"));
  }

  /** Every open vote of the application, each completed by the member it is assigned to. */
  void voteAll(String ref) {
    List<Task> votes = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).list();
    if (votes.isEmpty()) {
      throw new IllegalStateException(ref + " has no open vote");
    }
    for (Task vote : votes) {
      council.complete(vote, vote.getAssignee(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
    }
  }

  void milestone(String ref) {
    Map<String, Object> report = new HashMap<>(Map.of("reportSummary", "목표 달성 / Milestone reached",
        "jobsCreated", 2, "ghgReducedTonnes", 1.5, "plasticRecycledTonnes", 10, "milestoneDecision", "ACCEPT"));
    council.complete(task(ref, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT), FUND_MANAGER, report);
  }

  /** Deploys the bare process: start, one user task for the fund managers, end. */
  void deployBareProcess() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS)
        .name("벤치마크 기준 / Benchmark baseline")
        .camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Started")
        .userTask(BARE_TASK).name("기준 업무 / Baseline task").camundaCandidateGroups(Groups.FUND_MANAGERS)
        .endEvent("EndEvent_Done")
        .done();
    repositoryService.createDeployment().name(BARE_PROCESS).addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
  }

  /** One bare instance: started with a business key, its task claimed and completed by a fund manager. */
  String bare() {
    String key = "BARE-" + BARE.incrementAndGet();
    runtimeService.startProcessInstanceByKey(BARE_PROCESS, key);
    council.complete(task(key, BARE_TASK), FUND_MANAGER, Map.of());
    return key;
  }

  /** Wait states one instance passed: user tasks, and jobs (async continuations) that ran, from the history. */
  WaitStates waitStates(String businessKey) {
    long userTasks = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).count();
    long jobs = 0;
    List<String> processes = new ArrayList<>();
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      processes.add(instance.getProcessDefinitionKey());
      jobs += historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).successLog().count();
    }
    return new WaitStates(userTasks, jobs, processes);
  }

  record WaitStates(long userTasks, long jobs, List<String> processes) {
    long total() {
      return userTasks + jobs;
    }
  }

  private Task task(String businessKey, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** A valid application of a new company (its own business registration number). */
  static FundingApplicationRequest request(int tranches, int goals) {
    String brn = newRegistrationNumber();
    List<TranchePlan> plans = new ArrayList<>();
    long each = AMOUNT_WON / tranches;
    for (int i = 1; i <= tranches; i++) {
      long amount = i == tranches ? AMOUNT_WON - each * (tranches - 1) : each;
      plans.add(new TranchePlan(amount, i + "단계 / Phase " + i, LocalDate.of(2027, 1, 1).plusMonths(i)));
    }
    List<ImpactGoal> impactGoals = new ArrayList<>();
    for (int i = 0; i < goals; i++) {
      impactGoals.add(new ImpactGoal(ImpactMetric.values()[i], new BigDecimal(10 * (i + 1))));
    }
    return new FundingApplicationRequest("벤치마크 재활용 / Benchmark Recycling " + brn, brn,
        EsgCategory.CIRCULAR_ECONOMY, "폐플라스틱 재활용 / Recycles waste plastic", AMOUNT_WON, 25,
        new Contact("김담당", "contact@benchmark.example", "+82 2-000-0000"), plans, impactGoals);
  }

  /** A business registration number with a valid check digit, different at every call. */
  static String newRegistrationNumber() {
    String nine = "%09d".formatted(100_000_000 + (COMPANIES.incrementAndGet() * 7919L) % 899_999_999);
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }
}
