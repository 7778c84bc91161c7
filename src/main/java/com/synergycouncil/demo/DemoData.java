package com.synergycouncil.demo;

import static com.synergycouncil.demo.DemoUsers.ALL;

import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the first start of the demo profile: the demo council, and applications in different states, driven
 * through the real processes as the demo users would (so every record, vote and status is genuine).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "council.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final DemoProperties properties;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final CouncilRoster roster;
  private final FundingApplicationService applications;
  private final JdbcClient jdbc;

  DemoData(DemoProperties properties, IdentityService identityService, TaskService taskService,
      ManagementService managementService, RuntimeService runtimeService, CouncilRoster roster, FundingApplicationService applications,
      JdbcClient jdbc) {
    this.properties = properties;
    this.identityService = identityService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.roster = roster;
    this.applications = applications;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    ALL.forEach(this::ensureUser);
    if (jdbc.sql("select count(*) from funding_application").query(Long.class).single() > 0) {
      return;
    }
    LOG.info("Creating demo applications");
    // waiting for skt-cto and kakao-cto (below 300 million won: one executive of each partner)
    String greenloop = submit(DemoApplications.GREENLOOP, "fund-manager");
    dueDiligence(greenloop, "fund-manager2", "APPROVE");
    // waiting for the co-CEOs skt-ceo and kakao-ceo
    String haneulsum = submit(DemoApplications.HANEULSUM, "fund-manager2");
    dueDiligence(haneulsum, "fund-manager", "APPROVE");
    // sponsored by kakao-ceo, who may not vote on it: kakao-ceo2 votes for Kakao
    String bluewave = submit(DemoApplications.BLUEWAVE, "kakao-ceo");
    dueDiligence(bluewave, "fund-manager", "APPROVE");
    // waiting for a fund manager's due diligence
    submit(DemoApplications.CODING_FOR_ALL, "kakao-cto");
    // screened out: not an SME
    submit(DemoApplications.MEGA_CORP, "fund-manager");
    // approved by both partners: its first milestone report waits for a fund manager
    String soop = submit(DemoApplications.SOOP_SOCIAL, "fund-manager");
    dueDiligence(soop, "fund-manager2", "APPROVE");
    vote(soop, "skt-cto", "APPROVE", "고용 효과가 명확합니다 / Clear employment impact");
    vote(soop, "kakao-cto", "APPROVE", null);
    awaitTask(soop, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT);
  }

  private void ensureUser(CouncilMember member) {
    if (identityService.createUserQuery().userId(member.userId()).count() == 0) {
      User user = identityService.newUser(member.userId());
      user.setFirstName(member.nameKo());
      user.setLastName(member.nameEn());
      user.setEmail(member.userId() + "@council.example");
      user.setPassword(properties.password());
      identityService.saveUser(user);
    }
    roster.enrol(member);
  }

  private String submit(FundingApplicationRequest request, String user) {
    return as(user, () -> applications.submit(request, user, null).reference());
  }

  private void dueDiligence(String reference, String fundManager, String recommendation) {
    Task task = task(reference, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE);
    as(fundManager, () -> {
      taskService.claim(task.getId(), fundManager);
      taskService.complete(task.getId(), Map.of("impactScore", 4, "feasibilityScore", 4, "teamScore", 5,
          "financialScore", 3, "conflictFree", true, "recommendation", recommendation,
          "dueDiligenceSummary", "재무 구조가 안정적이고 임팩트 측정 계획이 구체적입니다. / Sound finances and a concrete impact plan."));
      return null;
    });
  }

  private void vote(String reference, String voter, String decision, String comment) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    as(voter, () -> {
      taskService.complete(task.getId(), comment == null
          ? Map.of("voteDecision", decision, "conflictDeclared", false)
          : Map.of("voteDecision", decision, "voteComment", comment, "conflictDeclared", false));
      return null;
    });
  }

  /** Lets the asynchronous steps (tally, reservation) run, whether this thread or the job executor gets them. */
  private void awaitTask(String reference, String taskKey) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count() == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(reference + " did not reach " + taskKey);
      }
      List<Job> jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
          .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable()
              .list().stream())
          .toList();
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException takenByTheJobExecutor) {
          LOG.debug("job {} ran elsewhere: {}", job.getId(), takenByTheJobExecutor.getMessage());
        }
      }
    }
  }

  private Task task(String reference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
