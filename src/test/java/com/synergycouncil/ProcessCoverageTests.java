package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every flow node of every process was reached by the suite. Runs last ({@link ClassOrderer.OrderAnnotation}), on
 * the engine history that every {@link ProcessTest} class shares: run alone, it fails, as it should.
 */
@ProcessTest
@Order(Integer.MAX_VALUE)
class ProcessCoverageTests {

  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  @ParameterizedTest
  @ValueSource(strings = {"CouncilDecisionProcess", "FundingApprovalProcess", "QuarterlyImpactReportProcess",
      "AiOutputPublicationProcess", "PatentReleaseProcess", "PatentDisputeMediationProcess",
      "LicenceSuspensionProcess"})
  void everyFlowNodeIsCoveredByTheSuite(String processKey) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + processKey + ".bpmn"));
    Process process = model.getModelElementById(processKey);
    Set<String> flowNodes = model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> belongsTo(node, process))
        .map(FlowNode::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> reached = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).list()
        .stream()
        .flatMap(definition -> historyService.createHistoricActivityInstanceQuery()
            .processDefinitionId(definition.getId()).list().stream())
        .map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());

    Set<String> missed = new TreeSet<>(flowNodes);
    missed.removeAll(reached);
    assertThat(missed).as("flow nodes of %s no test reached (coverage %d/%d)", processKey,
        flowNodes.size() - missed.size(), flowNodes.size()).isEmpty();
  }

  private static boolean belongsTo(FlowNode node, Process process) {
    var parent = node.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == process;
  }
}
