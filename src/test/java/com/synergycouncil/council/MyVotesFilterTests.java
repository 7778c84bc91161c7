package com.synergycouncil.council;

import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Tasklist's "내 투표 / My votes" as each executive reads it: their own filter, on their own votes, with the list
 * columns (안건, 금액) filled in.
 */
@ProcessTest
class MyVotesFilterTests {

  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void anExecutiveSeesTheSubjectAndAmountOfEveryVoteInTheList() {
    openDecision("COLUMNS-1", 120_000_000L, "1억 2천만 원");

    for (String executive : List.of(SKT_CTO, KAKAO_CTO)) {
      Map<String, Map<String, String>> columns = myVotesList(executive);
      assertThat(columns).as(executive).containsKey("COLUMNS-1");
      assertThat(columns.get("COLUMNS-1")).as(executive)
          .containsEntry("subjectRef", "COLUMNS-1").containsEntry("amountDisplay", "1억 2천만 원");
    }
  }

  @Test
  void eachExecutiveReadsOneMyVotesFilterCountingTheirOwnVotesOnly() {
    openDecision("COLUMNS-2", 50_000_000L, "5천만 원");

    for (String executive : List.of(SKT_CTO, KAKAO_CTO)) {
      List<JsonNode> filters = myVotesFilters(executive);
      assertThat(filters).as(executive).hasSize(1);
      long own = taskService.createTaskQuery().taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE)
          .taskAssignee(executive).count();
      assertThat(own).isPositive();
      assertThat(rest.withBasicAuth(executive, PASSWORD).getForObject(
          "/engine-rest/filter/" + filters.get(0).get("id").asText() + "/count", JsonNode.class).get("count")
          .asLong()).as(executive).isEqualTo(own);
    }
    assertThat(myVotesFilters(SKT_CTO).get(0).get("id")).isNotEqualTo(myVotesFilters(KAKAO_CTO).get(0).get("id"));
    assertThat(rest.withBasicAuth(SKT_CTO, PASSWORD).getForEntity("/engine-rest/filter/"
        + myVotesFilters(KAKAO_CTO).get(0).get("id").asText() + "/count", String.class).getStatusCode().value())
        .as("another executive's filter").isEqualTo(403);
  }

  /** A funding decision before the council: one vote for each partner's executive. */
  private void openDecision(String subjectRef, long amountWon, String amountDisplay) {
    runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, subjectRef, Map.of("subjectType", "FUNDING",
        "subjectRef", subjectRef, "subjectTitle", "t", "subjectSummary", "s", "amountWon", amountWon,
        "amountDisplay", amountDisplay, "excludedUsers", ""));
  }

  private List<JsonNode> myVotesFilters(String executive) {
    List<JsonNode> mine = new java.util.ArrayList<>();
    rest.withBasicAuth(executive, PASSWORD).getForObject(
        "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=50", JsonNode.class).forEach(filter -> {
          if (filter.get("name").asText().equals("내 투표 / My votes")) {
            mine.add(filter);
          }
        });
    return mine;
  }

  /** Tasklist's call for the filter: the HAL list with the filter's column variables, by subject. */
  private Map<String, Map<String, String>> myVotesList(String executive) {
    TestRestTemplate asExecutive = rest.withBasicAuth(executive, PASSWORD);
    String myVotes = myVotesFilters(executive).get(0).get("id").asText();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT, "application/hal+json");
    JsonNode page = asExecutive.postForObject("/engine-rest/filter/" + myVotes + "/list?firstResult=0&maxResults=50",
        new HttpEntity<>("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", headers), JsonNode.class);
    Map<String, Map<String, String>> bySubject = new HashMap<>();
    for (JsonNode task : page.path("_embedded").path("task")) {
      assertThat(task.get("assignee").asText()).isEqualTo(executive);
      Map<String, String> variables = new HashMap<>();
      task.path("_embedded").path("variable").forEach(variable ->
          variables.put(variable.get("name").asText(), variable.get("value").asText()));
      bySubject.put(variables.getOrDefault("subjectRef", task.get("name").asText()), variables);
    }
    return bySubject;
  }
}
