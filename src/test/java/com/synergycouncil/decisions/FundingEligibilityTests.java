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
import org.junit.jupiter.params.provider.ValueSource;

/** FundingEligibility.dmn: one test per rule row, the boundaries of the limits, and FIRST hit precedence. */
class FundingEligibilityTests {

    private static final String RECENT_AWARD_REASON =
            "최근 12개월 내 지원을 받은 기업입니다 / The company received an award in the last 12 months";
    private static final String CATEGORY_REASON =
            "기금의 지원 분야가 아닙니다 / The ESG category is not covered by the fund";
    private static final String NOT_AN_SME_REASON =
            "중소기업·스타트업(상시 근로자 300인 이하)만 지원합니다 / Only SMEs and startups (300 employees or fewer) are eligible";
    private static final String BELOW_MINIMUM_REASON =
            "신청 금액이 최소 1천만 원보다 적습니다 / The requested amount is below the 10 million won minimum";
    private static final String ABOVE_MAXIMUM_REASON =
            "신청 금액이 최대 20억 원을 넘습니다 / The requested amount exceeds the 2 billion won maximum";

    private final DecisionTableHarness table = DecisionTableHarness.forDecision("FundingEligibility");

    // --- one test per rule row ---

    @Test
    void rejectsCompanyAwardedInTheLast12Months() {
        Evaluation evaluation = screen("CLIMATE_ENERGY", 100_000_000L, 50, true);

        assertIneligible(evaluation, "Rule_RecentAward", "RECENT_AWARD", RECENT_AWARD_REASON);
    }

    @Test
    void rejectsCategoryTheFundDoesNotCover() {
        Evaluation evaluation = screen("REAL_ESTATE", 100_000_000L, 50, false);

        assertIneligible(evaluation, "Rule_CategoryNotCovered", "CATEGORY_NOT_COVERED", CATEGORY_REASON);
    }

    @Test
    void rejectsCompanyWithMoreThan300Employees() {
        Evaluation evaluation = screen("SOCIAL_INNOVATION", 100_000_000L, 301, false);

        assertIneligible(evaluation, "Rule_NotAnSme", "NOT_AN_SME", NOT_AN_SME_REASON);
    }

    @Test
    void rejectsRequestBelowTheTenMillionWonMinimum() {
        Evaluation evaluation = screen("DIGITAL_INCLUSION", 9_999_999L, 50, false);

        assertIneligible(evaluation, "Rule_BelowMinimum", "BELOW_MINIMUM", BELOW_MINIMUM_REASON);
    }

    @Test
    void rejectsRequestAboveTheTwoBillionWonMaximum() {
        Evaluation evaluation = screen("CIRCULAR_ECONOMY", 2_000_000_001L, 50, false);

        assertIneligible(evaluation, "Rule_AboveMaximum", "ABOVE_MAXIMUM", ABOVE_MAXIMUM_REASON);
    }

    @Test
    void acceptsSmeInACoveredCategoryRequestingAnAmountWithinTheLimits() {
        Evaluation evaluation = screen("CIRCULAR_ECONOMY", 150_000_000L, 42, false);

        assertEligible(evaluation);
    }

    // --- boundaries ---

    @Test
    void acceptsExactlyTenMillionWon() {
        assertEligible(screen("CLIMATE_ENERGY", 10_000_000L, 10, false));
    }

    @Test
    void acceptsExactlyTwoBillionWon() {
        assertEligible(screen("CLIMATE_ENERGY", 2_000_000_000L, 10, false));
    }

    @Test
    void acceptsCompanyWithExactly300Employees() {
        assertEligible(screen("DIGITAL_INCLUSION", 50_000_000L, 300, false));
    }

    @Test
    void rejectsCompanyWithExactly301Employees() {
        assertIneligible(screen("DIGITAL_INCLUSION", 50_000_000L, 301, false),
                "Rule_NotAnSme", "NOT_AN_SME", NOT_AN_SME_REASON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIRCULAR_ECONOMY", "CLIMATE_ENERGY", "DIGITAL_INCLUSION", "SOCIAL_INNOVATION"})
    void acceptsEveryCoveredCategory(String category) {
        assertEligible(screen(category, 100_000_000L, 120, false));
    }

    @Test
    void rejectsMissingCategoryAsNotCovered() {
        assertIneligible(screen(null, 100_000_000L, 50, false),
                "Rule_CategoryNotCovered", "CATEGORY_NOT_COVERED", CATEGORY_REASON);
    }

    // --- FIRST hit precedence: the earliest row wins ---

    @Test
    void reportsRecentAwardEvenWhenTheCategoryIsAlsoNotCovered() {
        Evaluation evaluation = screen("REAL_ESTATE", 5_000_000L, 999, true);

        assertIneligible(evaluation, "Rule_RecentAward", "RECENT_AWARD", RECENT_AWARD_REASON);
    }

    @Test
    void reportsCategoryBeforeCompanySizeAndAmount() {
        Evaluation evaluation = screen("REAL_ESTATE", 5_000_000L, 999, false);

        assertIneligible(evaluation, "Rule_CategoryNotCovered", "CATEGORY_NOT_COVERED", CATEGORY_REASON);
    }

    @Test
    void reportsCompanySizeBeforeAmount() {
        Evaluation evaluation = screen("SOCIAL_INNOVATION", 3_000_000_000L, 301, false);

        assertIneligible(evaluation, "Rule_NotAnSme", "NOT_AN_SME", NOT_AN_SME_REASON);
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
                        tuple("Input_esgCategory", "esgCategory", "string"),
                        tuple("Input_requestedAmountWon", "requestedAmountWon", "long"),
                        tuple("Input_employeeCount", "employeeCount", "integer"),
                        tuple(
                                "Input_awardedInLast12Months", "awardedInLast12Months", "boolean"));
        assertThat(decisionTable.getOutputs())
                .extracting(Output::getId, Output::getName, Output::getTypeRef)
                .containsExactly(
                        tuple("Output_eligible", "eligible", "boolean"),
                        tuple("Output_ineligibilityCode", "ineligibilityCode", "string"),
                        tuple(
                                "Output_ineligibilityReason", "ineligibilityReason", "string"));
        assertThat(decisionTable.getRules()).extracting(Rule::getId).containsExactly(
                "Rule_RecentAward", "Rule_CategoryNotCovered", "Rule_NotAnSme",
                "Rule_BelowMinimum", "Rule_AboveMaximum", "Rule_Eligible");
        assertThat(decisionTable.getRules())
                .allSatisfy(rule -> assertThat(rule.getDescription()).as("annotation of %s", rule.getId())
                        .isNotNull()
                        .extracting(description -> description.getTextContent())
                        .asString().contains(" / "));
    }

    private Evaluation screen(String category, Long amount, Integer employees, Boolean awardedRecently) {
        return table.evaluate(variables(
                "esgCategory", category,
                "requestedAmountWon", amount,
                "employeeCount", employees,
                "awardedInLast12Months", awardedRecently));
    }

    private static void assertIneligible(Evaluation evaluation, String rule, String code, String reason) {
        assertThat(evaluation.matchedRule()).isEqualTo(rule);
        assertThat(evaluation.output("eligible")).isEqualTo(false);
        assertThat(evaluation.output("ineligibilityCode")).isEqualTo(code);
        assertThat(evaluation.output("ineligibilityReason")).isEqualTo(reason);
    }

    private static void assertEligible(Evaluation evaluation) {
        assertThat(evaluation.matchedRule()).isEqualTo("Rule_Eligible");
        assertThat(evaluation.output("eligible")).isEqualTo(true);
        assertThat(evaluation.output("ineligibilityCode")).isNull();
        assertThat(evaluation.output("ineligibilityReason")).isNull();
    }
}
