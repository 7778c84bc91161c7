package com.synergycouncil.council;

import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The same vote completed twice at once (two browser tabs): exactly one counts. */
@ProcessTest
class ConcurrentVoteTests {

  @Autowired TestRestTemplate rest;
  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ResolutionRegister register;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void exactlyOneOfTwoSimultaneousCompletionsCounts() throws Exception {
    for (int round = 0; round < 10; round++) {
      String ref = "RACE-" + System.nanoTime();
      runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, ref, Map.of("subjectType", "FUNDING",
          "subjectRef", ref, "subjectTitle", "t", "subjectSummary", "s", "amountWon", 100_000_000L,
          "amountDisplay", "1억", "excludedUsers", ""));
      Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskAssignee(KAKAO_CTO).singleResult();

      List<ResponseEntity<String>> answers = completeTwiceAtOnce(vote.getId());
      List<Integer> statuses = answers.stream().map(answer -> answer.getStatusCode().value()).toList();

      // one wins; the other is told, clearly, that the vote is already done: never a second vote, never a 500
      assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
      ResponseEntity<String> loser = answers.get(statuses.indexOf(409));
      assertThat(loser.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(loser.getBody()).contains("just been completed");
      assertThat(register.openEvents("FUNDING", ref)).filteredOn(event -> event.type() == VoteEventType.VOTE_CAST)
          .hasSize(1);
    }
  }

  private List<ResponseEntity<String>> completeTwiceAtOnce(String taskId) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> body = new HttpEntity<>(
        "{\"variables\":{\"voteDecision\":{\"value\":\"APPROVE\"},\"conflictDeclared\":{\"value\":false}}}", headers);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService tabs = Executors.newFixedThreadPool(2);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int tab = 0; tab < 2; tab++) {
        answers.add(tabs.submit(() -> {
          start.await();
          return rest.withBasicAuth(KAKAO_CTO, PASSWORD)
              .postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);
        }));
      }
      start.countDown();
      List<ResponseEntity<String>> responses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        responses.add(answer.get(30, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      tabs.shutdownNow();
    }
  }
}
