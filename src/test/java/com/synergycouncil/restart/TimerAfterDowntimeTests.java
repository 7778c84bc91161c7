package com.synergycouncil.restart;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.SynergyCouncilApplication;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A timer that fell due while the product was down fires once after restart. Runs in a JVM of its own (surefire
 * execution {@code restart-tests}): one embedded engine per JVM, and this test starts the product twice on a file
 * database.
 */
class TimerAfterDowntimeTests {

  static final List<CouncilMember> MEMBERS = List.of(
      new CouncilMember("skt-ceo", "SKT", Role.CO_CEO, "김도윤", "Kim Doyun", true),
      new CouncilMember("kakao-ceo", "KAKAO", Role.CO_CEO, "박지호", "Park Jiho", false),
      new CouncilMember("kakao-cto", "KAKAO", Role.CTO, "최민재", "Choi Minjae", false));

  @TempDir Path dir;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aVoteThatFellOverdueDuringDowntimeReachesTheChairOnceAfterRestart() throws Exception {
    String decisionId;
    String timerId;
    Date due;
    try {
      try (ConfigurableApplicationContext first = start(false)) {
        ProcessEngine engine = first.getBean(ProcessEngine.class);
        seat(engine.getIdentityService(), first.getBean(CouncilRoster.class));
        decisionId = engine.getRuntimeService().startProcessInstanceByKey(CouncilDecisionProcess.KEY, "RESTART-1",
            decision()).getId();
        runDueJobs(engine);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decisionId)
            .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).list()).singleElement()
            .extracting(Task::getAssignee).isEqualTo("kakao-cto");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(decisionId).timers()
            .activityId(CouncilDecisionProcess.BOUNDARY_VOTE_OVERDUE).singleResult();
        timerId = timer.getId();
        due = timer.getDuedate();
        assertThat(due).isAfter(ClockUtil.getCurrentTime());
      }
      // the product is down; meanwhile the vote falls overdue
      assertThat(Files.list(dir).toList()).isNotEmpty();
      ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));

      try (ConfigurableApplicationContext second = start(true)) {
        ProcessEngine engine = second.getBean(ProcessEngine.class);
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<Task> chairTasks = chairTasks(engine, decisionId);
        while (chairTasks.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(200);
          chairTasks = chairTasks(engine, decisionId);
        }
        assertThat(chairTasks).as("the chair's overdue task within 30 s of restart").hasSize(1);
        assertThat(engine.getTaskService().getIdentityLinksForTask(chairTasks.get(0).getId()))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("council-chair"));
        assertThat(engine.getManagementService().createJobQuery().jobId(timerId).count()).isZero();
        List<HistoricJobLog> executions = engine.getHistoryService().createHistoricJobLogQuery()
            .processInstanceId(decisionId).activityIdIn(CouncilDecisionProcess.BOUNDARY_VOTE_OVERDUE).successLog().list();
        assertThat(executions).singleElement().extracting(HistoricJobLog::getJobId).isEqualTo(timerId);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobId(timerId).failureLog().count()).isZero();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private ConfigurableApplicationContext start(boolean jobExecutor) {
    return new SpringApplicationBuilder(SynergyCouncilApplication.class).run(
        "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/council;DB_CLOSE_ON_EXIT=FALSE",
        "--council.security.admin-password=test-admin-password-0001",
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor);
  }

  private static Map<String, Object> decision() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(In.SUBJECT_TYPE, "FUNDING");
    variables.put(In.SUBJECT_REF, "RESTART-1");
    variables.put(In.SUBJECT_TITLE, "재시작 안건 / Restart subject");
    variables.put(In.SUBJECT_SUMMARY, "요약 / Summary");
    variables.put(In.AMOUNT_WON, 100_000_000L);
    variables.put(In.AMOUNT_DISPLAY, "1억 원");
    variables.put(In.EXCLUDED_USERS, "");
    variables.put(In.PARTNER_CODES, "KAKAO");
    return variables;
  }

  /** The members the vote needs, as TestCouncil.seat() creates them. */
  private static void seat(IdentityService identityService, CouncilRoster roster) {
    for (CouncilMember member : MEMBERS) {
      if (identityService.createUserQuery().userId(member.userId()).count() == 0) {
        User user = identityService.newUser(member.userId());
        user.setFirstName(member.nameKo());
        user.setLastName(member.nameEn());
        user.setPassword("test-password");
        identityService.saveUser(user);
      }
      roster.enrol(member);
    }
  }

  private static void runDueJobs(ProcessEngine engine) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep creating jobs");
  }

  private static List<Task> chairTasks(ProcessEngine engine, String decisionId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(decisionId)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_HANDLE_OVERDUE_VOTE).list();
  }
}
