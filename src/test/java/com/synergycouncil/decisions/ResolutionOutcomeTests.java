package com.synergycouncil.decisions;

import static com.synergycouncil.decisions.DecisionTableHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.synergycouncil.decisions.DecisionTableHarness.Evaluation;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * ResolutionOutcome.dmn: one test per rule row, the veto precedence, and the boolean input expression
 * {@code partnersApproving >= partnersRequired} evaluated by the FEEL scala engine with typeRef boolean.
 */
class ResolutionOutcomeTests {

    private static final String EVERY_PARTNER_APPROVES = "Input_everyPartnerApproves";

    private final DecisionTableHarness table = DecisionTableHarness.forDecision("ResolutionOutcome");

    // --- one test per rule row ---

    @Test
    void vetoesWhenAPartnerRejects() {
        Evaluation evaluation = outcome(1, 1, 2);

        assertOutcome(evaluation, "Rule_Vetoed", "VETOED");
    }

    @Test
    void approvesWhenEveryPartnerApprovesAndNoneRejects() {
        Evaluation evaluation = outcome(0, 2, 2);

        assertOutcome(evaluation, "Rule_Passed", "PASSED");
        assertThat(evaluation.inputs()).containsEntry(EVERY_PARTNER_APPROVES, true);
    }

    @Test
    void doesNotPassWhenAPartnerAbstainsAndNoneRejects() {
        Evaluation evaluation = outcome(0, 1, 2);

        assertOutcome(evaluation, "Rule_NotPassed", "NOT_PASSED");
        assertThat(evaluation.inputs()).containsEntry(EVERY_PARTNER_APPROVES, false);
    }

    // --- FIRST hit precedence ---

    @Test
    void aRejectionVetoesEvenWhenEveryPartnerApproved() {
        Evaluation evaluation = outcome(1, 2, 2);

        assertThat(evaluation.inputs()).containsEntry(EVERY_PARTNER_APPROVES, true);
        assertOutcome(evaluation, "Rule_Vetoed", "VETOED");
    }

    @Test
    void twoRejectionsVetoToo() {
        assertOutcome(outcome(2, 0, 2), "Rule_Vetoed", "VETOED");
    }

    // --- the boolean input expression ---

    @Test
    void booleanInputExpressionComparesTheTwoCounts() {
        assertThat(outcome(0, 3, 2).inputs()).containsEntry(EVERY_PARTNER_APPROVES, true);
        assertThat(outcome(0, 2, 2).inputs()).containsEntry(EVERY_PARTNER_APPROVES, true);
        assertThat(outcome(0, 0, 2).inputs()).containsEntry(EVERY_PARTNER_APPROVES, false);
    }

    @Test
    void doesNotPassWhenTheTallyIsMissing() {
        Evaluation evaluation = table.evaluate(variables(
                "rejections", null, "partnersApproving", null, "partnersRequired", 2));

        assertThat(evaluation.inputs()).containsEntry(EVERY_PARTNER_APPROVES, null);
        assertOutcome(evaluation, "Rule_NotPassed", "NOT_PASSED");
    }

    // --- the table itself follows the contract ---

    @Test
    void tableHasTheContractedInputsOutputAndRowsInOrder() {
        DecisionTable decisionTable = table.table();

        assertThat(decisionTable.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(decisionTable.getInputs())
                .extracting(Input::getId, Input::getLabel,
                        input -> input.getInputExpression().getText().getTextContent(),
                        input -> input.getInputExpression().getTypeRef())
                .containsExactly(
                        tuple("Input_rejections", "반대 수 / Rejections", "rejections", "integer"),
                        tuple(EVERY_PARTNER_APPROVES, "모든 파트너 찬성 / Every partner approves",
                                "partnersApproving >= partnersRequired", "boolean"));
        assertThat(decisionTable.getOutputs())
                .extracting(Output::getId, Output::getName, Output::getTypeRef)
                .containsExactly(tuple("Output_resolutionOutcome", "resolutionOutcome", "string"));
        assertThat(decisionTable.getRules()).extracting(Rule::getId)
                .containsExactly("Rule_Vetoed", "Rule_Passed", "Rule_NotPassed");
        assertThat(decisionTable.getRules())
                .allSatisfy(rule -> assertThat(rule.getDescription()).as("annotation of %s", rule.getId())
                        .isNotNull()
                        .extracting(description -> description.getTextContent())
                        .asString().contains(" / "));
    }

    private Evaluation outcome(int rejections, int partnersApproving, int partnersRequired) {
        return table.evaluate(variables(
                "rejections", rejections,
                "partnersApproving", partnersApproving,
                "partnersRequired", partnersRequired));
    }

    private static void assertOutcome(Evaluation evaluation, String rule, String resolutionOutcome) {
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
        assertThat(evaluation.output("resolutionOutcome")).isEqualTo(resolutionOutcome);
        assertThat(evaluation.single().getEntryMap()).containsOnlyKeys("resolutionOutcome");
        // what Task_DetermineOutcome stores with mapDecisionResult="singleEntry"
        assertThat((Object) evaluation.result().getSingleEntry()).isEqualTo(resolutionOutcome);
    }
}
