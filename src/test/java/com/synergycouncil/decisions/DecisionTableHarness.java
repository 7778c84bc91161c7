package com.synergycouncil.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedInput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * Evaluates one decision table of {@code bpmn/decisions/} the way the process engine does: a standalone DMN engine
 * built from the default configuration, which uses the same FEEL scala engine as Camunda 7.24. No Spring.
 *
 * <p>The decision result does not say which rule produced it, so a post decision table evaluation listener records
 * the matched rule ids (with hit policy FIRST: the one rule that won) and the evaluated input values. That makes
 * "one test per rule row" checkable: each test asserts the id of the rule that matched.
 */
final class DecisionTableHarness {

    static final Path DECISIONS = Path.of("bpmn", "decisions");

    /** What the listener saw during the last evaluation on this thread. */
    private static final ThreadLocal<DmnDecisionTableEvaluationEvent> LAST_EVENT = new ThreadLocal<>();

    private static final DmnEngine ENGINE = buildEngine();

    private final String decisionId;
    private final DmnDecision decision;

    private DecisionTableHarness(String decisionId) {
        this.decisionId = decisionId;
        try (InputStream dmn = Files.newInputStream(file(decisionId))) {
            this.decision = ENGINE.parseDecision(decisionId, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code bpmn/decisions/<decisionId>.dmn} (Maven runs tests with the project root as working directory). */
    static DecisionTableHarness forDecision(String decisionId) {
        return new DecisionTableHarness(decisionId);
    }

    static Path file(String decisionId) {
        return DECISIONS.resolve(decisionId + ".dmn");
    }

    /** The decision table as the DMN model API reads it, for checks of the table's structure. */
    DecisionTable table() {
        DmnModelInstance model = Dmn.readModelFromFile(file(decisionId).toFile());
        return model.getModelElementsByType(DecisionTable.class).iterator().next();
    }

    /** Variables that keep null values (a null input is a case the tables must handle). */
    static VariableMap variables(Object... namesAndValues) {
        assertThat(namesAndValues.length % 2).as("name/value pairs").isZero();
        VariableMap variables = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    Evaluation evaluate(VariableMap variables) {
        LAST_EVENT.remove();
        DmnDecisionResult result = ENGINE.evaluateDecision(decision, variables);
        DmnDecisionTableEvaluationEvent event = LAST_EVENT.get();
        LAST_EVENT.remove();
        assertThat(event).as("decision table evaluation event of %s", decisionId).isNotNull();
        List<String> matchedRuleIds = event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (DmnEvaluatedInput input : event.getInputs()) {
            inputs.put(input.getId(), input.getValue() == null ? null : input.getValue().getValue());
        }
        return new Evaluation(result, matchedRuleIds, inputs);
    }

    private static DmnEngine buildEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        List<DmnDecisionTableEvaluationListener> listeners = new ArrayList<>();
        listeners.add(LAST_EVENT::set);
        configuration.customPostDecisionTableEvaluationListeners(listeners);
        return configuration.buildEngine();
    }

    /**
     * One evaluation: the decision result, the ids of the matched rules and the evaluated input values by input id.
     */
    record Evaluation(DmnDecisionResult result, List<String> matchedRuleIds, Map<String, Object> inputs) {

        /** The single result of a FIRST hit policy table; fails if no rule (or more than one) matched. */
        DmnDecisionResultEntries single() {
            assertThat(result).as("decision result").hasSize(1);
            return result.getSingleResult();
        }

        /** The id of the one rule that matched. */
        String matchedRule() {
            assertThat(matchedRuleIds).as("matched rules").hasSize(1);
            return matchedRuleIds.get(0);
        }

        /** The value of one output; fails if the rule did not produce that output at all. */
        Object output(String name) {
            Map<String, Object> entries = single().getEntryMap();
            assertThat(entries).as("outputs of the matched rule").containsKey(name);
            return entries.get(name);
        }
    }
}
