package com.synergycouncil.demo;

import static com.synergycouncil.demo.DemoUsers.ALL;

import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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

  private final DemoActors actors;
  private final TaskService taskService;
  private final FundingApplicationService applications;
  private final JdbcClient jdbc;

  DemoData(DemoActors actors, TaskService taskService, FundingApplicationService applications, JdbcClient jdbc) {
    this.actors = actors;
    this.taskService = taskService;
    this.applications = applications;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    ALL.forEach(actors::ensureMember);
    if (jdbc.sql("select count(*) from funding_application").query(Long.class).single() > 0) {
      return;
    }
    LOG.info("Creating demo applications");
    // below 300 million won, one executive of each partner votes: kakao-cto has approved, skt-cto's vote waits
    String greenloop = submit(DemoApplications.GREENLOOP, "fund-manager");
    dueDiligence(greenloop, "fund-manager2", "APPROVE");
    vote(greenloop, "kakao-cto", "APPROVE",
        "재활용 실적을 월별로 검증할 수 있습니다 / The recycling figures can be verified month by month");
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
    actors.awaitTask(soop, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT);
  }


  private String submit(FundingApplicationRequest request, String user) {
    return actors.as(user, () -> applications.submit(request, user, null).reference());
  }

  private void dueDiligence(String reference, String fundManager, String recommendation) {
    Task task = task(reference, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE);
    actors.as(fundManager, () -> {
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
    actors.as(voter, () -> {
      taskService.complete(task.getId(), comment == null
          ? Map.of("voteDecision", decision, "conflictDeclared", false)
          : Map.of("voteDecision", decision, "voteComment", comment, "conflictDeclared", false));
      return null;
    });
  }


  private Task task(String reference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .singleResult();
  }

}
