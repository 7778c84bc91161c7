package com.synergycouncil;

import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/**
 * The council the tests work with (the same people as the demo) and the acts of its members: completing a
 * task as a given user, running the engine's due jobs.
 */
@TestComponent
public class TestCouncil {

  public static final String PASSWORD = "test-password";

  public static final String SKT_CEO = "skt-ceo";
  public static final String SKT_CTO = "skt-cto";
  public static final String KAKAO_CEO = "kakao-ceo";
  public static final String KAKAO_CEO2 = "kakao-ceo2";
  public static final String KAKAO_CTO = "kakao-cto";
  public static final String FUND_MANAGER = "fund-manager";
  public static final String FUND_MANAGER2 = "fund-manager2";
  public static final String COMPLIANCE = "compliance";

  static final List<CouncilMember> MEMBERS = List.of(
      new CouncilMember(SKT_CEO, "SKT", Role.CO_CEO, "김도윤", "Kim Doyun", true),
      new CouncilMember(SKT_CTO, "SKT", Role.CTO, "이서연", "Lee Seoyeon", false),
      new CouncilMember(KAKAO_CEO, "KAKAO", Role.CO_CEO, "박지호", "Park Jiho", false),
      new CouncilMember(KAKAO_CEO2, "KAKAO", Role.CO_CEO, "정하은", "Jung Haeun", false),
      new CouncilMember(KAKAO_CTO, "KAKAO", Role.CTO, "최민재", "Choi Minjae", false),
      new CouncilMember(FUND_MANAGER, "SKT", Role.FUND_MANAGER, "한유진", "Han Yujin", false),
      new CouncilMember(FUND_MANAGER2, "KAKAO", Role.FUND_MANAGER, "윤가람", "Yoon Garam", false),
      new CouncilMember(COMPLIANCE, "SKT", Role.COMPLIANCE_OFFICER, "오세린", "Oh Serin", false));

  private final IdentityService identityService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CouncilRoster roster;

  TestCouncil(IdentityService identityService, TaskService taskService, ManagementService managementService,
      CouncilRoster roster) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.roster = roster;
  }

  /** Creates the members once; later calls find them. */
  public void seat() {
    seat(MEMBERS);
  }

  /** Creates these members' users (password {@link #PASSWORD}) where missing, and enrols them. */
  public void seat(List<CouncilMember> members) {
    for (CouncilMember member : members) {
      if (identityService.createUserQuery().userId(member.userId()).count() == 0) {
        User user = identityService.newUser(member.userId());
        user.setFirstName(member.nameKo());
        user.setLastName(member.nameEn());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
      }
      roster.enrol(member);
    }
  }

  public <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Completes a task as its user would in Tasklist (claiming it first when nobody holds it), then lets the
   * engine run what became due, as its job executor would.
   */
  public void complete(Task task, String userId, Map<String, Object> variables) {
    as(userId, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      taskService.complete(task.getId(), variables);
      return null;
    });
    runDueJobs();
  }

  /** Runs every job that is due now, including the ones those jobs create, as the job executor would. */
  public void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep creating jobs");
  }
}
