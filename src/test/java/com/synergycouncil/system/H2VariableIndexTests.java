package com.synergycouncil.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading an execution's variables reads that execution's rows on H2, also once tasks carry variables of their own. */
@ProcessTest
class H2VariableIndexTests {

  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  @Test
  void anExecutionsVariablesAreReadThroughTheIndexOnExecutionAndTask() {
    council.seat();
    runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, "INDEX-1", Map.of("subjectType", "FUNDING",
        "subjectRef", "INDEX-1", "subjectTitle", "t", "subjectSummary", "s", "amountWon", 100_000_000L,
        "amountDisplay", "1억 원", "excludedUsers", ""));
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey("INDEX-1").listPage(0, 1).get(0);
    assertThat(taskService.getVariablesLocal(vote.getId())).containsKeys("subjectRef", "amountDisplay");
    jdbc.sql("analyze").update();

    // the statement Camunda runs for every task completion (VariableInstance.xml, selectVariablesByExecutionId)
    String plan = jdbc.sql("explain select RES.* from ACT_RU_VARIABLE RES where EXECUTION_ID_ = ? and TASK_ID_ is null")
        .param(vote.getExecutionId()).query(String.class).single();
    assertThat(plan).contains(H2VariableIndex.INDEX);
  }
}
