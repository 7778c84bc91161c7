package com.synergycouncil.decisions;

import static com.synergycouncil.decisions.DecisionTableHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.decisions.DecisionTableHarness.Evaluation;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** PatentReleaseRisk.dmn: one test per rule row, and the fail safe for missing facts. */
class PatentReleaseRiskTests {

  private final DecisionTableHarness table = DecisionTableHarness.forDecision("PatentReleaseRisk");

  @Test
  void ratesAStandardEssentialPatentHighWhateverElse() {
    assertRisk(rate(1, "OTHER", true, 2), "Rule_StandardEssential", "HIGH");
  }

  @Test
  void ratesAStrategicPatentHigh() {
    assertRisk(rate(4, "TELECOM", false, 3), "Rule_HighStrategicValue", "HIGH");
  }

  @Test
  void ratesStrategicValueThreeMedium() {
    assertRisk(rate(3, "OTHER", false, 2), "Rule_MediumStrategicValue", "MEDIUM");
  }

  @Test
  void ratesALongLivedAiPlatformOrMediaPatentMedium() {
    assertRisk(rate(2, "MEDIA", false, 10), "Rule_LongLifeCoreField", "MEDIUM");
  }

  @Test
  void ratesAnyOtherLowValuePatentLow() {
    assertRisk(rate(1, "AI", false, 9), "Rule_LowStrategicValue", "LOW");
    assertRisk(rate(2, "TELECOM", false, 15), "Rule_LowStrategicValue", "LOW");
  }

  @Test
  void ratesAPatentWithMissingFactsHigh() {
    assertRisk(rate(1, "AI", null, 3), "Rule_UnknownFailSafe", "HIGH");
    assertRisk(rate(null, "AI", false, 3), "Rule_UnknownFailSafe", "HIGH");
    assertRisk(rate(1, "AI", false, null), "Rule_UnknownFailSafe", "HIGH");
  }

  @Test
  void tableIsFirstHitWithBilingualRowsInOrder() {
    assertThat(table.table().getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.table().getRules()).extracting(Rule::getId).containsExactly("Rule_StandardEssential",
        "Rule_HighStrategicValue", "Rule_MediumStrategicValue", "Rule_LongLifeCoreField", "Rule_LowStrategicValue",
        "Rule_UnknownFailSafe");
    assertThat(table.table().getRules()).allSatisfy(rule ->
        assertThat(rule.getDescription().getTextContent()).contains(" / "));
  }

  private Evaluation rate(Integer strategicValue, String field, Boolean standardEssential, Integer years) {
    return table.evaluate(variables("strategicValue", strategicValue, "technologyField", field,
        "standardEssential", standardEssential, "remainingLifeYears", years));
  }

  private static void assertRisk(Evaluation evaluation, String rule, String risk) {
    assertThat(evaluation.matchedRule()).isEqualTo(rule);
    assertThat(evaluation.output("riskLevel")).isEqualTo(risk);
  }
}
