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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CouncilVotingTier.dmn: one test per rule row, the 300 million won boundary, the null-amount fail safe and the
 * patent risk levels (absent for funding).
 */
class CouncilVotingTierTests {

    private final DecisionTableHarness table = DecisionTableHarness.forDecision("CouncilVotingTier");

    // --- one test per rule row ---

    @Test
    void sendsFundingBelow300MillionWonToOneExecutiveOfEachPartner() {
        Evaluation evaluation = tierFor("FUNDING", 50_000_000L);

        assertTier(evaluation, "Rule_FundingBelow300Million", "EXECUTIVE", "CTO,CO_CEO");
    }

    @Test
    void sendsFundingOf300MillionWonOrMoreToTheCoCeos() {
        Evaluation evaluation = tierFor("FUNDING", 1_500_000_000L);

        assertTier(evaluation, "Rule_FundingFrom300Million", "CO_CEO", "CO_CEO");
    }

    @Test
    void sendsALowRiskPatentReleaseToOneExecutiveOfEachPartnerCtoFirst() {
        assertTier(patentTier("LOW"), "Rule_PatentLowRisk", "EXECUTIVE", "CTO,CO_CEO");
    }

    @Test
    void sendsAMediumRiskPatentReleaseToOneExecutiveOfEachPartnerCoCeoFirst() {
        assertTier(patentTier("MEDIUM"), "Rule_PatentMediumRisk", "EXECUTIVE", "CO_CEO,CTO");
    }

    @Test
    void sendsAHighRiskPatentReleaseToTheCoCeos() {
        assertTier(patentTier("HIGH"), "Rule_PatentHighRisk", "CO_CEO", "CO_CEO");
    }

    @Test
    void sendsAnyOtherSubjectToTheTopTier() {
        Evaluation evaluation = tierFor("PATENT", null);

        assertTier(evaluation, "Rule_TopTierFailSafe", "CO_CEO", "CO_CEO");
    }

    // --- the risk level only matters for patents ---

    @Test
    void keepsTheFundingRowsWhenNoRiskLevelIsGiven() {
        Evaluation evaluation = table.evaluate(variables("subjectType", "FUNDING", "amountWon", 50_000_000L));

        assertTier(evaluation, "Rule_FundingBelow300Million", "EXECUTIVE", "CTO,CO_CEO");
    }

    @Test
    void ignoresARiskLevelOnFunding() {
        Evaluation evaluation = table.evaluate(
                variables("subjectType", "FUNDING", "amountWon", 50_000_000L, "riskLevel", "HIGH"));

        assertTier(evaluation, "Rule_FundingBelow300Million", "EXECUTIVE", "CTO,CO_CEO");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"UNKNOWN", "low"})
    void sendsAPatentWithoutAKnownRiskLevelToTheTopTier(String riskLevel) {
        assertTier(patentTier(riskLevel), "Rule_TopTierFailSafe", "CO_CEO", "CO_CEO");
    }

    // --- boundary ---

    @Test
    void sends299999999WonToExecutives() {
        assertTier(tierFor("FUNDING", 299_999_999L), "Rule_FundingBelow300Million", "EXECUTIVE", "CTO,CO_CEO");
    }

    @Test
    void sendsExactly300MillionWonToTheCoCeos() {
        assertTier(tierFor("FUNDING", 300_000_000L), "Rule_FundingFrom300Million", "CO_CEO", "CO_CEO");
    }

    // --- fail safe ---

    @Test
    void sendsFundingWithoutAnAmountToTheTopTierInsteadOfFailing() {
        assertTier(tierFor("FUNDING", null), "Rule_TopTierFailSafe", "CO_CEO", "CO_CEO");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"PATENT", "AI_OUTPUT", "SOMETHING_NEW", "funding"})
    void sendsNonFundingOrUnknownSubjectsToTheTopTierWhateverTheAmount(String subjectType) {
        assertTier(tierFor(subjectType, 1_000_000L), "Rule_TopTierFailSafe", "CO_CEO", "CO_CEO");
    }

    // --- the table itself follows the contract ---

    @Test
    void tableHasTheContractedInputsOutputsAndRowsInOrder() {
        DecisionTable decisionTable = table.table();

        assertThat(decisionTable.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(decisionTable.getInputs())
                .extracting(Input::getId, input -> input.getInputExpression().getText().getTextContent(),
                        input -> input.getInputExpression().getTypeRef())
                .containsExactly(
                        tuple("Input_subjectType", "subjectType", "string"),
                        tuple("Input_amountWon", "amountWon", "long"),
                        tuple("Input_riskLevel", "riskLevel", "string"));
        assertThat(decisionTable.getOutputs())
                .extracting(Output::getId, Output::getName, Output::getTypeRef)
                .containsExactly(
                        tuple("Output_votingTier", "votingTier", "string"),
                        tuple("Output_eligibleRoles", "eligibleRoles", "string"));
        assertThat(decisionTable.getRules()).extracting(Rule::getId).containsExactly(
                "Rule_FundingBelow300Million", "Rule_FundingFrom300Million", "Rule_PatentLowRisk",
                "Rule_PatentMediumRisk", "Rule_PatentHighRisk", "Rule_TopTierFailSafe");
        assertThat(decisionTable.getRules())
                .allSatisfy(rule -> assertThat(rule.getDescription()).as("annotation of %s", rule.getId())
                        .isNotNull()
                        .extracting(description -> description.getTextContent())
                        .asString().contains(" / "));
    }

    private Evaluation tierFor(String subjectType, Long amountWon) {
        return table.evaluate(variables("subjectType", subjectType, "amountWon", amountWon, "riskLevel", null));
    }

    private Evaluation patentTier(String riskLevel) {
        return table.evaluate(variables("subjectType", "PATENT", "amountWon", null, "riskLevel", riskLevel));
    }

    private static void assertTier(Evaluation evaluation, String rule, String votingTier, String eligibleRoles) {
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
        assertThat(evaluation.output("votingTier")).isEqualTo(votingTier);
        assertThat(evaluation.output("eligibleRoles")).isEqualTo(eligibleRoles);
        assertThat(evaluation.single().getEntryMap()).containsOnlyKeys("votingTier", "eligibleRoles");
    }
}
