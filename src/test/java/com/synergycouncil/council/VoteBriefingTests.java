package com.synergycouncil.council;

import static com.synergycouncil.TestCouncil.KAKAO_CEO;
import static com.synergycouncil.TestCouncil.KAKAO_CEO2;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The vote form's briefing where no module briefs on the subject, and the votes so far through a recusal: the
 * recusal shows (its reason, the member's own, does not), and the member who took over is still to vote.
 */
@ProcessTest
class VoteBriefingTests {

  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void aSubjectNobodyBriefsOnSaysSoAndTheVotesSoFarShowARecusalWithoutItsReason() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(In.SUBJECT_TYPE, "OTHER");
    variables.put(In.SUBJECT_REF, "OT-" + System.nanoTime());
    variables.put(In.SUBJECT_TITLE, "기타 안건 / Other subject");
    variables.put(In.SUBJECT_SUMMARY, "요약 / Summary");
    variables.put(In.AMOUNT_DISPLAY, "해당 없음 / n/a");
    variables.put(In.EXCLUDED_USERS, "");
    ProcessInstance decision = runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, variables);
    council.complete(vote(decision, KAKAO_CEO), KAKAO_CEO, Map.of("conflictDeclared", true,
        "conflictReason", "배우자가 주주입니다 / My spouse is a shareholder"));

    Map<String, Object> form = council.as(SKT_CEO, () -> formService.getTaskFormVariables(vote(decision, SKT_CEO).getId()));

    assertThat(form.get(VoteForm.SUMMARY)).isEqualTo("이 안건 유형의 요약이 없습니다 / No briefing for subjects of type OTHER");
    assertThat(form.get(VoteForm.DOCUMENTS)).isEqualTo("문서 없음 / No documents");
    String votes = (String) form.get(VoteForm.VOTES_SO_FAR);
    assertThat(votes).containsPattern("""
        카카오 / Kakao:
          - 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d KST · 박지호 Park Jiho \\(kakao-ceo\\) · 이해상충으로 회피 / recused for a conflict of interest
          - 아직 투표하지 않음 / not voted yet""").doesNotContain("spouse");
    assertThat(vote(decision, KAKAO_CEO2)).as("the other co-CEO took over").isNotNull();
  }

  private Task vote(ProcessInstance decision, String voter) {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
  }
}
