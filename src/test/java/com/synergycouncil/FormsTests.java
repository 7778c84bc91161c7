package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms in {@code bpmn/forms/} (form-js JSON for the Camunda 7.24 Tasklist, which bundles form-js with
 * schemaVersion 16): ids, keys, bilingual labels, and the validation of the fields that decide the processes' paths.
 * No Spring context: the files are read from the project's source tree (the working directory of Maven's tests).
 */
class FormsTests {

    private static final Path FORMS = Path.of("bpmn", "forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern TEXT_ID = Pattern.compile("^Text_[A-Z][A-Za-z0-9]*$");

    /** form-js schema version of the form viewer bundled in the Camunda 7.24 webapps (lib/deps.js). */
    private static final int TASKLIST_SCHEMA_VERSION = 16;

    @Test
    void theContractedFormsExistAndEachIdEqualsItsFileName() {
        List<Path> files = formFiles();
        assertThat(files).extracting(FormsTests::baseName).containsExactlyInAnyOrder(
                "CastVoteForm", "HandleOverdueVoteForm", "DueDiligenceForm", "MilestoneReviewForm",
                "ReportSignOffForm", "PublicationReviewForm", "RevisePublicationForm",
                "HandleReleaseIncidentForm", "CoOwnerConsentForm", "PatentUseReportForm", "DisputeMediationForm",
                "LicenceSuspensionForm",
                // start forms: one per process that staff start by hand in Tasklist
                "SubmitFundingApplicationForm", "RequestPatentReleaseForm", "NoticePatentDisputeForm",
                "ReportLicenseeLawsuitForm", "RequestPublicationForm", "RequestImpactReportForm");
        SoftAssertions soft = new SoftAssertions();
        for (Path file : files) {
            JsonNode form = read(file);
            soft.assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(baseName(file));
            soft.assertThat(form.path("type").asText()).as("type of %s", file).isEqualTo("default");
            soft.assertThat(form.path("executionPlatform").asText()).as("executionPlatform of %s", file)
                    .isEqualTo("Camunda Platform");
            soft.assertThat(form.path("executionPlatformVersion").asText())
                    .as("executionPlatformVersion of %s", file).isEqualTo("7.24.0");
            soft.assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", file)
                    .isEqualTo(TASKLIST_SCHEMA_VERSION);
        }
        soft.assertAll();
    }

    @Test
    void noTwoComponentsShareAnIdAndIdsSayWhatTheComponentIs() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : formFiles()) {
            Set<String> ids = new HashSet<>();
            for (JsonNode component : components(read(file))) {
                String id = component.path("id").asText();
                soft.assertThat(ids.add(id)).as("id %s is unique in %s", id, file).isTrue();
                if (component.hasNonNull("key")) {
                    soft.assertThat(id).as("id of the field bound to %s in %s", component.get("key").asText(), file)
                            .isEqualTo("Field_" + component.get("key").asText());
                } else {
                    soft.assertThat(id).as("id of a %s component in %s", component.path("type").asText(), file)
                            .matches(TEXT_ID);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void everyInputHasAUniqueKeyAndABilingualLabel() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : formFiles()) {
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(read(file))) {
                if (!component.has("key")) {
                    continue;
                }
                String key = component.path("key").asText();
                soft.assertThat(key).as("key of %s in %s", component.path("id").asText(), file).isNotBlank();
                soft.assertThat(keys.add(key)).as("key %s is unique in %s", key, file).isTrue();
                assertBilingual(soft, component.path("label").asText(), "label of " + key + " in " + file);
                for (JsonNode option : component.path("values")) {
                    assertBilingual(soft, option.path("label").asText(),
                            "label of option " + option.path("value").asText() + " of " + key + " in " + file);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void everyFormOpensWithABilingualHeadingAndAnInstruction() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : formFiles()) {
            List<JsonNode> components = components(read(file));
            soft.assertThat(components).as("components of %s", file).hasSizeGreaterThan(2);
            if (components.size() > 2) {
                soft.assertThat(components.get(0).path("type").asText()).as("first component of %s", file)
                        .isEqualTo("text");
                soft.assertThat(components.get(0).path("text").asText()).as("heading of %s", file).startsWith("## ");
                soft.assertThat(components.get(1).path("type").asText()).as("second component of %s", file)
                        .isEqualTo("text");
                assertBilingual(soft, components.get(0).path("text").asText(), "heading of " + file);
                assertBilingual(soft, components.get(1).path("text").asText(), "instruction of " + file);
            }
        }
        soft.assertAll();
    }

    @Test
    void theChoicesThatDecideThePathAreRequiredRadiosWithTheContractedValues() {
        assertRequiredRadio("CastVoteForm", "voteDecision", List.of("APPROVE", "REJECT", "ABSTAIN"));
        assertRequiredRadio("HandleOverdueVoteForm", "overdueAction", List.of("EXTEND", "REASSIGN"));
        assertRequiredRadio("DueDiligenceForm", "recommendation", List.of("APPROVE", "DECLINE"));
        assertRequiredRadio("MilestoneReviewForm", "milestoneDecision", List.of("ACCEPT", "REVISE"));
        assertRequiredRadio("CoOwnerConsentForm", "consentDecision", List.of("GRANTED", "REFUSED"));
        assertRequiredRadio("DisputeMediationForm", "mediationOutcome", List.of("SETTLED", "NOT_SETTLED"));
    }

    @Test
    void theFourDueDiligenceScoresAreRequiredWholeNumbersFromOneToFive() {
        Map<String, JsonNode> fields = fieldsByKey("DueDiligenceForm");
        for (String key : List.of("impactScore", "feasibilityScore", "teamScore", "financialScore")) {
            JsonNode score = fields.get(key);
            assertThat(score).as(key).isNotNull();
            assertThat(score.path("type").asText()).as("type of %s", key).isEqualTo("number");
            assertThat(score.path("validate").path("required").asBoolean()).as("%s required", key).isTrue();
            assertThat(score.path("validate").path("min").asInt(-1)).as("min of %s", key).isEqualTo(1);
            assertThat(score.path("validate").path("max").asInt(-1)).as("max of %s", key).isEqualTo(5);
            assertThat(score.path("decimalDigits").asInt(-1)).as("decimalDigits of %s", key).isZero();
        }
    }

    @Test
    void theRemainingContractedValidationsHold() {
        Map<String, JsonNode> vote = fieldsByKey("CastVoteForm");
        assertThat(vote.get("voteComment").path("validate").path("maxLength").asInt()).isEqualTo(2000);
        assertThat(vote.get("conflictDeclared").path("type").asText()).isEqualTo("checkbox");
        assertThat(vote.get("conflictReason").path("validate").path("required").asBoolean()).isTrue();
        assertThat(vote.get("conflictReason").path("conditional").path("hide").asText())
                .isEqualTo("=not(conflictDeclared)");

        Map<String, JsonNode> overdue = fieldsByKey("HandleOverdueVoteForm");
        assertThat(overdue.get("chairComment").path("validate").path("required").asBoolean()).isTrue();
        assertThat(overdue.get("chairComment").path("validate").path("maxLength").asInt()).isEqualTo(2000);

        Map<String, JsonNode> dueDiligence = fieldsByKey("DueDiligenceForm");
        assertThat(dueDiligence.get("conflictFree").path("type").asText()).isEqualTo("checkbox");
        assertThat(dueDiligence.get("conflictFree").path("validate").path("required").asBoolean()).isTrue();
        JsonNode summary = dueDiligence.get("dueDiligenceSummary").path("validate");
        assertThat(summary.path("required").asBoolean()).isTrue();
        assertThat(summary.path("minLength").asInt()).isEqualTo(20);
        assertThat(summary.path("maxLength").asInt()).isEqualTo(4000);

        Map<String, JsonNode> milestone = fieldsByKey("MilestoneReviewForm");
        JsonNode report = milestone.get("reportSummary").path("validate");
        assertThat(report.path("required").asBoolean()).isTrue();
        assertThat(report.path("minLength").asInt()).isEqualTo(10);
        assertThat(report.path("maxLength").asInt()).isEqualTo(4000);
        for (String key : List.of("jobsCreated", "ghgReducedTonnes", "plasticRecycledTonnes")) {
            JsonNode field = milestone.get(key);
            assertThat(field.path("type").asText()).as("type of %s", key).isEqualTo("number");
            assertThat(field.path("validate").path("required").asBoolean()).as("%s required", key).isTrue();
            assertThat(field.path("validate").path("min").asInt(-1)).as("min of %s", key).isZero();
        }
        assertThat(milestone.get("jobsCreated").path("decimalDigits").asInt(-1)).isZero();
        assertThat(milestone.get("ghgReducedTonnes").path("decimalDigits").asInt(-1)).isEqualTo(2);
        assertThat(milestone.get("plasticRecycledTonnes").path("decimalDigits").asInt(-1)).isEqualTo(2);
        assertThat(milestone.get("reviewComment").path("validate").path("maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void displayedProcessDataIsReadOnly() {
        assertReadOnly("CastVoteForm", "subjectRef", "subjectTitle", "amountDisplay", "subjectSummary",
                "briefingSummary", "briefingReview", "votesSoFar");
        assertReadOnly("HandleOverdueVoteForm", "subjectRef", "subjectTitle", "voter", "partner");
        assertReadOnly("DueDiligenceForm",
                "applicationRef", "applicationTitle", "requestedAmountDisplay", "applicationSummary");
        assertReadOnly("MilestoneReviewForm",
                "applicationRef", "trancheLabel", "currentMilestone", "currentTrancheAmountDisplay");
    }

    /**
     * form-js renders a text component as Markdown (links, images, HTML), so no typed text may ever reach one: a text
     * component templates nothing but {@code briefingDocuments}, which the vote form's handler builds from the
     * product's own document links ({@code DocumentLink}); everything else is shown in read-only fields.
     */
    @Test
    void textComponentsNeverTemplateTypedText() {
        Pattern template = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
        SoftAssertions soft = new SoftAssertions();
        for (Path file : formFiles()) {
            for (JsonNode component : components(read(file))) {
                if (!"text".equals(component.path("type").asText())) {
                    continue;
                }
                String text = component.path("text").asText();
                soft.assertThat(text).as("text %s in %s is not a FEEL expression", component.path("id").asText(), file)
                        .doesNotStartWith("=");
                var used = template.matcher(text);
                while (used.find()) {
                    soft.assertThat(used.group(1)).as("template in text %s of %s", component.path("id").asText(), file)
                            .isEqualTo("briefingDocuments");
                }
            }
        }
        soft.assertAll();
        assertThat(fieldsByKey("CastVoteForm")).as("briefingDocuments is shown, never an input")
                .doesNotContainKey("briefingDocuments");
    }

    private static void assertRequiredRadio(String formId, String key, List<String> values) {
        JsonNode field = fieldsByKey(formId).get(key);
        assertThat(field).as("%s in %s", key, formId).isNotNull();
        assertThat(field.path("type").asText()).as("type of %s in %s", key, formId).isEqualTo("radio");
        assertThat(field.path("validate").path("required").asBoolean()).as("%s required in %s", key, formId).isTrue();
        List<String> actual = new ArrayList<>();
        field.path("values").forEach(option -> actual.add(option.path("value").asText()));
        assertThat(actual).as("values of %s in %s", key, formId).containsExactlyElementsOf(values);
    }

    private static void assertReadOnly(String formId, String... keys) {
        Map<String, JsonNode> fields = fieldsByKey(formId);
        for (String key : keys) {
            assertThat(fields).as("fields of %s", formId).containsKey(key);
            assertThat(fields.get(key).path("readonly").asBoolean()).as("%s read-only in %s", key, formId).isTrue();
            assertThat(fields.get(key).path("type").asText()).as("type of %s in %s", key, formId)
                    .isIn("textfield", "textarea");
        }
        fields.values().stream()
                .filter(field -> field.path("readonly").asBoolean())
                .map(field -> field.path("key").asText())
                .forEach(key -> assertThat(keys).as("read-only fields of %s", formId).contains(key));
    }

    private static void assertBilingual(SoftAssertions soft, String text, String description) {
        soft.assertThat(text).as(description + " has Hangul").containsPattern(HANGUL);
        soft.assertThat(text).as(description + " has Latin letters").containsPattern(LATIN);
    }

    private static Map<String, JsonNode> fieldsByKey(String formId) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        for (JsonNode component : components(read(FORMS.resolve(formId + ".form")))) {
            if (component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), component);
            }
        }
        return fields;
    }

    /** Every component, including those nested in groups, in document order. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> formFiles() {
        try (Stream<Path> paths = Files.list(FORMS)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".form")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
