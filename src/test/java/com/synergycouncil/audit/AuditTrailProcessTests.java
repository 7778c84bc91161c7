package com.synergycouncil.audit;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.FUND_MANAGER2;
import static com.synergycouncil.TestCouncil.KAKAO_CEO;
import static com.synergycouncil.TestCouncil.KAKAO_CEO2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Each kind of act a request goes through appears in the audit trail, with the person who did it and when. */
@ProcessTest
@WithMockUser(username = "compliance", authorities = "GROUP_compliance")
class AuditTrailProcessTests {

  @Autowired TestCouncil council;
  @Autowired AuditTrail trail;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  private AuditScenario scenario;
  private Instant started;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
    scenario = new AuditScenario(council, applications, taskService);
    started = Instant.now().minusMillis(1);
  }

  @Test
  void showsEveryActOfAnApplicationWithWhoDidItAndWhen() {
    String ref = scenario.submit(500_000_000L);
    scenario.dueDiligence(ref);
    scenario.vote(ref, SKT_CEO, "APPROVE", "기후 효과가 큽니다 / Strong climate impact");
    scenario.recuse(ref, KAKAO_CEO, "친척이 대표입니다 / A relative runs the applicant");
    Task overdue = scenario.voteTask(ref, KAKAO_CEO2);
    Job timer = managementService.createJobQuery().processInstanceId(overdue.getProcessInstanceId()).timers()
        .activityId(CouncilDecisionProcess.BOUNDARY_VOTE_OVERDUE).list().stream()
        .filter(job -> job.getExecutionId().equals(overdue.getExecutionId())).findFirst().orElseThrow();
    managementService.executeJob(timer.getId());
    council.complete(scenario.task(ref, CouncilDecisionProcess.TASK_HANDLE_OVERDUE_VOTE), SKT_CEO,
        Map.of("overdueAction", "EXTEND", "chairComment", "출장 복귀 후 / After the trip"));
    scenario.vote(ref, KAKAO_CEO2, "APPROVE", "동의합니다 / Agreed");
    assertThat(applications.view(ref).status().name()).isEqualTo("AWARDED");

    List<AuditAct> story = trail.story(ref);

    assertThat(story).extracting(AuditAct::time).isSorted().allSatisfy(time ->
        assertThat(time).isBetween(started, Instant.now()));
    assertThat(story).allSatisfy(act -> assertThat(act.requestRef()).isEqualTo(ref));
    AuditAct submitted = only(story, act -> act.kind() == AuditActKind.SUBMITTED);
    assertThat(submitted.actor()).isEqualTo(FUND_MANAGER);
    assertThat(submitted.actorName()).isEqualTo("한유진 Han Yujin");
    assertThat(submitted.actorPartner()).isEqualTo("SKT");
    assertThat(submitted.process()).isEqualTo(FundingApprovalProcess.KEY);
    AuditAct claimed = only(story, act -> act.kind() == AuditActKind.CLAIMED && FUND_MANAGER2.equals(act.actor()));
    assertThat(claimed.actor()).isEqualTo(FUND_MANAGER2);
    assertThat(claimed.details()).startsWith("실사 / Due diligence");
    assertThat(story).anySatisfy(act -> {
      assertThat(act.kind()).isEqualTo(AuditActKind.TASK_COMPLETED);
      assertThat(act.actor()).isEqualTo(FUND_MANAGER2);
      assertThat(act.details()).startsWith("실사 / Due diligence");
    });
    assertThat(story).filteredOn(act -> act.kind() == AuditActKind.ASSIGNED)
        .as("votes assigned by the process rules, with no person as actor")
        .allSatisfy(act -> assertThat(act.actor()).isNull())
        .extracting(AuditAct::affectedUser).contains(SKT_CEO, KAKAO_CEO, KAKAO_CEO2);
    AuditAct recused = only(story, act -> act.kind() == AuditActKind.RECUSED);
    assertThat(recused.actor()).isEqualTo(KAKAO_CEO);
    assertThat(recused.actorPartner()).isEqualTo("KAKAO");
    assertThat(recused.details()).contains("A relative runs the applicant");
    AuditAct escalation = only(story, act -> act.kind() == AuditActKind.ESCALATION_EXTENDED);
    assertThat(escalation.actor()).isEqualTo(SKT_CEO);
    assertThat(escalation.affectedUser()).isEqualTo(KAKAO_CEO2);
    assertThat(escalation.details()).contains("After the trip");
    assertThat(story).anySatisfy(act -> {
      assertThat(act.kind()).isEqualTo(AuditActKind.CLAIMED);
      assertThat(act.actor()).isEqualTo(SKT_CEO);
      assertThat(act.details()).contains("Handle overdue vote");
    });
    assertThat(story).filteredOn(act -> act.kind() == AuditActKind.VOTED)
        .extracting(AuditAct::actor, AuditAct::actorPartner).containsExactly(
            org.assertj.core.groups.Tuple.tuple(SKT_CEO, "SKT"), org.assertj.core.groups.Tuple.tuple(KAKAO_CEO2, "KAKAO"));
    assertThat(only(story, act -> act.kind() == AuditActKind.VOTED && SKT_CEO.equals(act.actor())).details())
        .contains("찬성 / APPROVE", "no conflict declared", "Strong climate impact");
    AuditAct decided = only(story, act -> act.kind() == AuditActKind.DECIDED);
    assertThat(decided.details()).contains("PASSED");
    assertThat(decided.process()).isEqualTo(CouncilDecisionProcess.KEY);
    assertThat(story).anySatisfy(act -> {
      assertThat(act.kind()).isEqualTo(AuditActKind.STATUS_CHANGED);
      assertThat(act.details()).startsWith("→ AWARDED");
    });
    // in the order they happened
    assertThat(story.indexOf(submitted)).isLessThan(story.indexOf(claimed));
    assertThat(story.indexOf(recused)).isLessThan(story.indexOf(escalation));
    assertThat(story.indexOf(escalation)).isLessThan(story.indexOf(decided));
  }

  @Test
  void showsAWithdrawalWithItsReason() {
    String ref = scenario.submit(70_000_000L);
    applications.withdraw(ref, "사업 계획 변경 / Change of plans", FUND_MANAGER);

    AuditAct withdrawal = only(trail.story(ref), act -> act.kind() == AuditActKind.WITHDRAWN);
    assertThat(withdrawal.details()).contains("Change of plans");
    assertThat(withdrawal.time()).isBetween(started, Instant.now());
    // FundingApplicationService.withdraw runs as the system and records no withdrawer yet: see the audit module's notes
  }

  @Test
  void showsAnIncidentAndWhoResolvedIt() {
    String ref = scenario.submit(90_000_000L);
    scenario.dueDiligence(ref);
    scenario.vote(ref, SKT_CTO, "APPROVE", "찬성 / For");
    Task last = scenario.voteTask(ref, KAKAO_CTO);
    council.as(KAKAO_CTO, () -> {
      taskService.complete(last.getId(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
      return null;
    });
    ProcessInstance funding = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref)
        .processDefinitionKey(FundingApprovalProcess.KEY).singleResult();
    Job reservation = runUntilReservationIsDue(ref, funding);
    // the data the reservation needs is broken: every retry fails, and the last one raises an incident
    runtimeService.setVariable(funding.getId(), FundingApprovalProcess.Var.REQUESTED_AMOUNT_WON, "ninety million");
    for (int attempt = 0; attempt < 5 && runtimeService.createIncidentQuery()
        .processInstanceId(funding.getId()).count() == 0; attempt++) {
      try {
        managementService.executeJob(reservation.getId());
      } catch (RuntimeException expected) {
        // the failure is what this test needs
      }
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(funding.getId()).count()).isOne();
    // an administrator repairs the data and retries the job: the incident is resolved
    runtimeService.setVariable(funding.getId(), FundingApprovalProcess.Var.REQUESTED_AMOUNT_WON, 90_000_000L);
    council.as("admin", () -> {
      managementService.setJobRetries(reservation.getId(), 1);
      return null;
    });
    managementService.executeJob(reservation.getId());
    assertThat(applications.view(ref).status().name()).isEqualTo("AWARDED");

    List<AuditAct> story = trail.story(ref);
    AuditAct incident = only(story, act -> act.kind() == AuditActKind.INCIDENT_CREATED);
    assertThat(incident.details()).contains("failedJob", FundingApprovalProcess.TASK_RESERVE_BUDGET, "ninety million");
    assertThat(incident.process()).isEqualTo(FundingApprovalProcess.KEY);
    assertThat(incident.time()).isBetween(started, Instant.now());
    AuditAct resolved = only(story, act -> act.kind() == AuditActKind.INCIDENT_RESOLVED);
    assertThat(resolved.time()).isAfterOrEqualTo(incident.time()).isBeforeOrEqualTo(Instant.now());
    assertThat(story).anySatisfy(act -> {
      assertThat(act.kind()).isEqualTo(AuditActKind.ENGINE_OPERATION);
      assertThat(act.actor()).isEqualTo("admin");
      assertThat(act.details()).startsWith("SetJobRetries");
      assertThat(act.time()).isAfterOrEqualTo(incident.time());
    });
  }

  @Test
  void showsUserAndPermissionChangesByAnAdministrator() {
    String userId = "audit-temp-" + System.nanoTime() % 1_000_000;
    council.as("admin", () -> {
      User user = identityService.newUser(userId);
      user.setFirstName("임시");
      user.setLastName("Temporary");
      user.setPassword("temporary-password-1");
      identityService.saveUser(user);
      identityService.createMembership(userId, "compliance");
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setUserId(userId);
      authorization.setResource(Resources.APPLICATION);
      authorization.setResourceId("cockpit");
      authorization.addPermission(Permissions.ACCESS);
      authorizationService.saveAuthorization(authorization);
      identityService.deleteMembership(userId, "compliance");
      return null;
    });

    List<AuditAct> acts = trail.search(new AuditFilter(userId, null, null, null, LocalDate.now(AuditFilter.KOREA),
        LocalDate.now(AuditFilter.KOREA)), 0).acts();

    assertThat(acts).as("acts concerning %s", userId).allSatisfy(act -> {
      assertThat(act.actor()).isEqualTo("admin");
      assertThat(act.affectedUser()).isEqualTo(userId);
      assertThat(act.time()).isBetween(started, Instant.now());
    });
    assertThat(acts).filteredOn(act -> act.kind() == AuditActKind.USER_CHANGED).extracting(AuditAct::details)
        .anySatisfy(details -> assertThat(details).startsWith("Create User"))
        .anySatisfy(details -> assertThat(details).startsWith("Create Group membership").contains("compliance"))
        .anySatisfy(details -> assertThat(details).startsWith("Delete Group membership"));
    assertThat(acts).filteredOn(act -> act.kind() == AuditActKind.PERMISSION_CHANGED).singleElement()
        .satisfies(act -> assertThat(act.details()).startsWith("Create Authorization").contains("cockpit"));
  }

  private Job runUntilReservationIsDue(String ref, ProcessInstance funding) {
    for (int round = 0; round < 20; round++) {
      Job reservation = managementService.createJobQuery().processInstanceId(funding.getId())
          .activityId(FundingApprovalProcess.TASK_RESERVE_BUDGET).singleResult();
      if (reservation != null) {
        return reservation;
      }
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().forEach(instance ->
          managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
              .forEach(job -> managementService.executeJob(job.getId())));
    }
    throw new AssertionError(ref + " never reached the budget reservation");
  }

  private static AuditAct only(List<AuditAct> acts, Predicate<AuditAct> which) {
    List<AuditAct> matching = acts.stream().filter(which).toList();
    assertThat(matching).as("in %s", acts).hasSize(1);
    return matching.get(0);
  }
}
