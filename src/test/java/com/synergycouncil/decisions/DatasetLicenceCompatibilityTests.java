package com.synergycouncil.decisions;

import static com.synergycouncil.decisions.DecisionTableHarness.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.decisions.DecisionTableHarness.Evaluation;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DatasetLicenceCompatibility.dmn: one test per rule row, plus FIRST hit precedence. */
class DatasetLicenceCompatibilityTests {

  private final DecisionTableHarness table = DecisionTableHarness.forDecision("DatasetLicenceCompatibility");

  @Test
  void aProprietaryDatasetBlocksEvenTheMostRestrictedRelease() {
    assertBlocked(evaluate("PROPRIETARY", "OpenRAIL-M", "ACADEMIA"), "Rule_Proprietary", "proprietary");
  }

  @Test
  void aResearchOnlyDatasetMayFeedAnOpenRailReleaseToAcademia() {
    Evaluation evaluation = evaluate("RESEARCH_ONLY", "OpenRAIL-M", "ACADEMIA");
    assertThat(evaluation.matchedRule()).isEqualTo("Rule_ResearchOnlyForAcademiaUnderOpenRail");
    assertThat(evaluation.output("compatible")).isEqualTo(true);
  }

  @ParameterizedTest
  @CsvSource({"OpenRAIL-M, STARTUPS", "OpenRAIL-M, PUBLIC", "Apache-2.0, ACADEMIA", "CC-BY-4.0, ACADEMIA"})
  void aResearchOnlyDatasetBlocksStartupsThePublicAndPermissiveLicences(String outputLicence, String audience) {
    assertBlocked(evaluate("RESEARCH_ONLY", outputLicence, audience), "Rule_ResearchOnly", "research-only");
  }

  @ParameterizedTest
  @CsvSource({"Apache-2.0", "CC-BY-4.0", "OpenRAIL-M"})
  void aNonCommercialDatasetBlocksEveryOutputLicence(String outputLicence) {
    assertBlocked(evaluate("CC-BY-NC-4.0", outputLicence, "ACADEMIA"), "Rule_NonCommercial", "CC-BY-NC");
  }

  @ParameterizedTest
  @CsvSource({"Apache-2.0", "CC-BY-4.0", "OpenRAIL-M"})
  void aShareAlikeDatasetNeedsAShareAlikeOutputLicence(String outputLicence) {
    assertBlocked(evaluate("CC-BY-SA-4.0", outputLicence, "PUBLIC"), "Rule_ShareAlike", "share-alike");
  }

  @ParameterizedTest
  @CsvSource({"CC0-1.0, Apache-2.0", "CC-BY-4.0, CC-BY-4.0", "Apache-2.0, OpenRAIL-M", "MIT, Apache-2.0",
      "PARTNER_OWNED, CC-BY-4.0"})
  void aPermissiveOrPartnerOwnedDatasetIsCompatible(String datasetLicence, String outputLicence) {
    Evaluation evaluation = evaluate(datasetLicence, outputLicence, "PUBLIC");
    assertThat(evaluation.matchedRule()).isEqualTo("Rule_Permissive");
    assertThat(evaluation.output("compatible")).isEqualTo(true);
  }

  @Test
  void anUnknownOrMissingLicenceBlocksFailSafe() {
    assertBlocked(evaluate("GPL-3.0", "Apache-2.0", "ACADEMIA"), "Rule_UnknownLicence", "unknown");
    assertBlocked(evaluate(null, "Apache-2.0", "ACADEMIA"), "Rule_UnknownLicence", "unknown");
  }

  @Test
  void isAFirstHitTableWithBilingualRuleDescriptionsAndReasons() {
    assertThat(table.table().getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    for (Rule rule : table.table().getRules()) {
      assertThat(rule.getDescription().getTextContent()).containsPattern("[가-힣]").contains(" / ");
    }
    Evaluation evaluation = evaluate("CC-BY-SA-4.0", "CC-BY-4.0", "ACADEMIA");
    assertThat(evaluation.output("reason").toString()).containsPattern("[가-힣]").contains(" / ");
  }

  private Evaluation evaluate(String datasetLicence, String outputLicence, String audience) {
    return table.evaluate(variables("datasetLicence", datasetLicence, "outputLicence", outputLicence,
        "audience", audience));
  }

  private static void assertBlocked(Evaluation evaluation, String ruleId, String reasonPart) {
    assertThat(evaluation.matchedRule()).isEqualTo(ruleId);
    assertThat(evaluation.output("compatible")).isEqualTo(false);
    assertThat(evaluation.output("reason").toString()).containsIgnoringCase(reasonPart);
  }
}
