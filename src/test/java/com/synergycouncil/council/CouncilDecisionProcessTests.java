package com.synergycouncil.council;

import static com.synergycouncil.TestCouncil.KAKAO_CEO;
import static com.synergycouncil.TestCouncil.KAKAO_CEO2;
import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.Out;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProcessTest
class CouncilDecisionProcessTests {

  private static final AtomicInteger SUBJECTS = new AtomicInteger();

  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ResolutionRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void passesWhenOneExecutiveOfEachPartnerApprovesBelowThreeHundredMillionWon() {
    ProcessInstance decision = decide(299_999_999L, "");

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CTO, KAKAO_CTO);
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CTO, "APPROVE");

    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.PASSED);
    assertThat(resolution.votingTier()).isEqualTo("EXECUTIVE");
    assertThat(resolution.number()).matches("SC-\\d{4}-\\d{4}");
    assertThat(resolution.events()).extracting(VoteEvent::memberId).containsExactlyInAnyOrder(SKT_CTO, KAKAO_CTO);
  }

  @Test
  void asksBothCoCeosFromThreeHundredMillionWon() {
    ProcessInstance decision = decide(300_000_000L, "");

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CEO, KAKAO_CEO);
    vote(decision, SKT_CEO, "APPROVE");
    vote(decision, KAKAO_CEO, "APPROVE");

    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.PASSED);
    assertThat(resolution.votingTier()).isEqualTo("CO_CEO");
  }

  @Test
  void sktTelecomCanVetoAlone() {
    ProcessInstance decision = decide(100_000_000L, "");
    vote(decision, SKT_CTO, "REJECT");
    vote(decision, KAKAO_CTO, "APPROVE");

    assertThat(resolutionOf(decision).outcome()).isEqualTo(ResolutionOutcome.VETOED);
    assertThat(outcomeVariable(decision)).isEqualTo("VETOED");
  }

  @Test
  void kakaoCanVetoAlone() {
    ProcessInstance decision = decide(100_000_000L, "");
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CTO, "REJECT");

    assertThat(resolutionOf(decision).outcome()).isEqualTo(ResolutionOutcome.VETOED);
  }

  @Test
  void doesNotPassWhenAPartnerOnlyAbstains() {
    ProcessInstance decision = decide(100_000_000L, "");
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CTO, "ABSTAIN");

    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.NOT_PASSED);
    assertThat(resolution.partnersApproving()).isEqualTo(1);
    assertThat(resolution.partnersRequired()).isEqualTo(2);
  }

  @Test
  void aRecusedMemberIsReplacedByAnotherMemberOfTheSamePartnerAndTheirVoteDoesNotCount() {
    ProcessInstance decision = decide(500_000_000L, "");
    Task kakaoVote = voteTask(decision, KAKAO_CEO);
    council.complete(kakaoVote, KAKAO_CEO, Map.of("voteDecision", "REJECT", "conflictDeclared", true,
        "conflictReason", "배우자가 신청 기업의 주주입니다 / My spouse holds shares in the applicant"));

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CEO, KAKAO_CEO2);
    vote(decision, SKT_CEO, "APPROVE");
    vote(decision, KAKAO_CEO2, "APPROVE");

    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.PASSED);
    assertThat(resolution.events()).anySatisfy(event -> {
      assertThat(event.memberId()).isEqualTo(KAKAO_CEO);
      assertThat(event.type()).isEqualTo(VoteEventType.RECUSED);
      assertThat(event.vote()).isNull();
      assertThat(event.conflictReason()).contains("shares");
    });
  }

  @Test
  void doesNotPassWhenNoEligibleMemberOfAPartnerIsLeft() {
    ProcessInstance decision = decide(500_000_000L, "");
    council.complete(voteTask(decision, SKT_CEO), SKT_CEO, Map.of("conflictDeclared", true,
        "conflictReason", "이사 겸직 / I sit on the applicant's board"));
    vote(decision, KAKAO_CEO, "APPROVE");

    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.NOT_PASSED);
    assertThat(resolution.events()).extracting(VoteEvent::type).contains(VoteEventType.NO_ELIGIBLE_VOTER);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(decision.getId())
        .activityId(CouncilDecisionProcess.END_NO_ELIGIBLE_VOTER).count()).isEqualTo(1);
  }

  @Test
  void whoeverSubmittedTheRequestIsNeverAskedToVote() {
    ProcessInstance decision = decide(100_000_000L, SKT_CTO + "," + "fund-manager");

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CEO, KAKAO_CTO);
  }

  @Test
  void theEngineRefusesToAssignAVoteToTheSubmitter() {
    ProcessInstance decision = decide(100_000_000L, KAKAO_CEO);
    Task kakaoVote = voteTask(decision, KAKAO_CTO);

    assertThatThrownBy(() -> taskService.setAssignee(kakaoVote.getId(), KAKAO_CEO))
        .hasRootCauseInstanceOf(AuthorizationException.class)
        .hasMessageContaining("Four-eyes");
    assertThat(taskService.createTaskQuery().taskId(kakaoVote.getId()).singleResult().getAssignee()).isEqualTo(KAKAO_CTO);
  }

  @Test
  void onlyTheVoterCanCastTheirVoteNotEvenAnAdministrator() {
    ProcessInstance decision = decide(100_000_000L, "");
    Task sktVote = voteTask(decision, SKT_CTO);

    assertThatThrownBy(() -> council.as(SKT_CEO, () -> {
      taskService.complete(sktVote.getId(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> council.as("admin", () -> {
      taskService.complete(sktVote.getId(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
      return null;
    })).hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("Only the assignee");
    assertThat(register.openEvents("FUNDING", subjectRefOf(decision))).isEmpty();
  }

  @Test
  void aVoteWithoutADecisionIsRefusedAndNothingIsRecorded() {
    ProcessInstance decision = decide(100_000_000L, "");
    Task sktVote = voteTask(decision, SKT_CTO);

    assertThatThrownBy(() -> council.complete(sktVote, SKT_CTO, Map.of("voteDecision", "MAYBE", "conflictDeclared", false)))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("voteDecision");
    assertThat(voters(decision)).contains(SKT_CTO);
    assertThat(register.openEvents("FUNDING", subjectRefOf(decision))).isEmpty();
  }

  @Test
  void anOverdueVoteGoesToTheChairWhoCanGiveTheSameMemberMoreTime() {
    ProcessInstance decision = decide(100_000_000L, "");
    Task before = voteTask(decision, KAKAO_CTO);
    assertThat(before.getDueDate()).isNotNull();

    fireOverdueTimer(decision, before);
    Task chairTask = taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_HANDLE_OVERDUE_VOTE).singleResult();
    assertThat(taskService.getIdentityLinksForTask(chairTask.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("council-chair"));
    council.complete(chairTask, SKT_CEO, Map.of("overdueAction", "EXTEND", "chairComment", "하루 더 / One more day"));

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CTO, KAKAO_CTO);
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CTO, "APPROVE");
    Resolution resolution = resolutionOf(decision);
    assertThat(resolution.outcome()).isEqualTo(ResolutionOutcome.PASSED);
    assertThat(resolution.events()).anySatisfy(event -> {
      assertThat(event.type()).isEqualTo(VoteEventType.OVERDUE_EXTENDED);
      assertThat(event.memberId()).isEqualTo(KAKAO_CTO);
      assertThat(event.recordedBy()).isEqualTo(SKT_CEO);
    });
  }

  @Test
  void theChairCanHandAnOverdueVoteToAnotherMemberOfTheSamePartner() {
    ProcessInstance decision = decide(100_000_000L, "");
    fireOverdueTimer(decision, voteTask(decision, KAKAO_CTO));
    Task chairTask = taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_HANDLE_OVERDUE_VOTE).singleResult();
    council.complete(chairTask, SKT_CEO, Map.of("overdueAction", "REASSIGN", "chairComment", "출장 중 / Travelling"));

    assertThat(voters(decision)).containsExactlyInAnyOrder(SKT_CTO, KAKAO_CEO);
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CEO, "APPROVE");
    assertThat(resolutionOf(decision).events()).extracting(VoteEvent::type)
        .contains(VoteEventType.OVERDUE_REASSIGNED);
  }

  @Test
  void theRegisterCanOnlyBeAppendedTo() {
    ProcessInstance decision = decide(100_000_000L, "");
    vote(decision, SKT_CTO, "APPROVE");
    vote(decision, KAKAO_CTO, "APPROVE");
    String number = resolutionOf(decision).number();

    assertThatThrownBy(() -> jdbc.sql("update resolution set outcome = 'VETOED' where resolution_number = ?")
        .param(number).update()).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from council_vote_event").update()).hasStackTraceContaining("append-only");
    assertThat(register.find(number)).get().extracting(Resolution::outcome).isEqualTo(ResolutionOutcome.PASSED);
  }

  private ProcessInstance decide(long amountWon, String excludedUsers) {
    String subjectRef = "TEST-" + SUBJECTS.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    variables.put(In.SUBJECT_TYPE, "FUNDING");
    variables.put(In.SUBJECT_REF, subjectRef);
    variables.put(In.SUBJECT_TITLE, "시험 안건 / Test subject " + subjectRef);
    variables.put(In.SUBJECT_SUMMARY, "요약 / Summary");
    variables.put(In.AMOUNT_WON, amountWon);
    variables.put(In.AMOUNT_DISPLAY, amountWon + " won");
    variables.put(In.EXCLUDED_USERS, excludedUsers);
    return runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, subjectRef, variables);
  }

  private String subjectRefOf(ProcessInstance decision) {
    return decision.getBusinessKey();
  }

  private List<String> voters(ProcessInstance decision) {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).list().stream().map(Task::getAssignee).toList();
  }

  private Task voteTask(ProcessInstance decision, String voter) {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
  }

  private void vote(ProcessInstance decision, String voter, String choice) {
    council.complete(voteTask(decision, voter), voter, Map.of("voteDecision", choice, "conflictDeclared", false,
        "voteComment", voter + " votes " + choice));
    council.runDueJobs();
  }

  private void fireOverdueTimer(ProcessInstance decision, Task voteTask) {
    Job timer = managementService.createJobQuery().processInstanceId(decision.getId()).timers()
        .activityId(CouncilDecisionProcess.BOUNDARY_VOTE_OVERDUE).list().stream()
        .filter(job -> job.getExecutionId().equals(voteTask.getExecutionId()))
        .findFirst().orElseThrow();
    managementService.executeJob(timer.getId());
  }

  private Resolution resolutionOf(ProcessInstance decision) {
    council.runDueJobs();
    List<Resolution> resolutions = register.forSubject("FUNDING", decision.getBusinessKey());
    assertThat(resolutions).hasSize(1);
    return resolutions.get(0);
  }

  private Object outcomeVariable(ProcessInstance decision) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(decision.getId())
        .variableName(Out.RESOLUTION_OUTCOME).singleResult().getValue();
  }
}
