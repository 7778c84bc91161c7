package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.funding.BusinessRegistrationNumber;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.ImpactMetric;
import com.synergycouncil.patents.DisputeNotice;
import com.synergycouncil.patents.LawsuitReport;
import com.synergycouncil.patents.ReleaseKind;
import com.synergycouncil.patents.ReleaseRequest;
import com.synergycouncil.publication.PublicationRequest;
import com.synergycouncil.publication.Terms;
import com.synergycouncil.reporting.ImpactReportRequests.QuarterRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each start form refuses in the browser what the API refuses: the validation in the form file (required, min,
 * max, minLength, maxLength, pattern, email, the choices offered) is read from the JSON and compared with the Bean
 * Validation constraints of the API's request records, read from their metadata. What the API checks across
 * fields (what each kind of release needs, tranches adding up) the server checks for the form too (the
 * {@code *StartFormTests}); where a form can express it (a field shown and required for some kinds only), it does.
 * No Spring context.
 */
class StartFormValidationTests {

  private static final Path FORMS = Path.of("bpmn", "forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final List<String> CHECKS = List.of("required", "min", "max", "minLength", "maxLength", "pattern",
      "validationType");

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void theFundingApplicationFormChecksWhatTheApiChecks() {
    Form form = new Form("SubmitFundingApplicationForm");
    for (String property : List.of("companyName", "businessRegistrationNumber", "esgCategory", "description",
        "requestedAmountWon", "employeeCount")) {
      form.matches(property, FundingApplicationRequest.class, property);
    }
    form.matches("contactName", FundingApplicationRequest.Contact.class, "name");
    form.matches("contactEmail", FundingApplicationRequest.Contact.class, "email");
    form.matches("contactPhone", FundingApplicationRequest.Contact.class, "phone");
    form.offers("esgCategory", names(EsgCategory.values()));

    // tranches, one a line: required (@NotEmpty), at most as many lines as @Size(max) allows
    JsonNode tranches = form.field("tranches");
    assertThat(expected(FundingApplicationRequest.class, "tranches")).containsEntry("required", "true");
    assertThat(tranches.path("validate").path("required").asBoolean()).isTrue();
    int maxTranches = size(FundingApplicationRequest.class, "tranches").max();
    java.util.regex.Pattern lines = java.util.regex.Pattern.compile(tranches.path("validate").path("pattern").asText());
    assertThat(lines.matcher(tranche(maxTranches)).find()).as("%d tranches", maxTranches).isTrue();
    // refused at once, not after the browser backtracks for minutes
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(1), () -> lines.matcher(tranche(maxTranches + 1)).find()))
        .as("%d tranches", maxTranches + 1).isFalse();
    assertThat(lines.matcher("60,000,000 | 시제품 / Prototype | 2027-03-31\n40000000 | 양산 / Production").find()).isTrue();
    assertThat(lines.matcher("60000000 | | 2027-03-31").find()).as("a tranche without milestone").isFalse();
    form.checked("tranches");

    // impact goals: as many slots as @Size(max), the first one required (@NotEmpty), each like ImpactGoal
    int maxGoals = size(FundingApplicationRequest.class, "impactGoals").max();
    for (int n = 1; n <= maxGoals; n++) {
      JsonNode metric = form.field("goal" + n + "Metric");
      JsonNode target = form.field("goal" + n + "Target");
      form.offers("goal" + n + "Metric", names(ImpactMetric.values()));
      assertThat(metric.path("validate").path("required").asBoolean()).as("goal %d metric required", n)
          .isEqualTo(n == 1);
      assertThat(form.validation(target)).as("goal %d target", n)
          .isEqualTo(expected(FundingApplicationRequest.ImpactGoal.class, "target"));
      assertThat(target.path("decimalDigits").asInt()).isEqualTo(digits().fraction());
      if (n > 1) {
        assertThat(target.path("conditional").path("hide").asText()).as("goal %d target shown with a metric", n)
            .contains("goal" + n + "Metric = null");
      }
      form.checked("goal" + n + "Metric", "goal" + n + "Target");
    }
    assertThat(form.keys()).doesNotContain("goal" + (maxGoals + 1) + "Metric");
    form.everyFieldChecked();
  }

  @Test
  void thePatentReleaseFormChecksWhatTheApiChecks() {
    Form form = new Form("RequestPatentReleaseForm");
    form.matches("kind", ReleaseRequest.class, "kind");
    form.offers("kind", names(ReleaseKind.values()));
    form.matchesChoice("partnerCode", ReleaseRequest.class, "partnerCode");
    // what each kind must carry (ReleaseRequest.kindProblems): shown, and then required, for those kinds only
    form.matches("programmeName", ReleaseRequest.class, "programmeName", Map.of("required", "true"));
    form.matches("recipientName", ReleaseRequest.class, "recipientName", Map.of("required", "true"));
    form.matches("usePlan", ReleaseRequest.class, "usePlan",
        Map.of("required", "true", "minLength", String.valueOf(ReleaseRequest.MIN_USE_PLAN)));
    form.matches("recipientBrn", ReleaseRequest.class, "recipientBrn");
    form.matches("fieldOfUse", ReleaseRequest.class, "fieldOfUse");
    for (String byPartner : List.of("partnerCode", "programmeName")) {
      assertThat(form.field(byPartner).path("conditional").path("hide").asText())
          .isEqualTo("=kind != \"OPENING\" and kind != \"POOL\"");
    }
    for (String forSme : List.of("recipientName", "recipientBrn", "usePlan")) {
      assertThat(form.field(forSme).path("conditional").path("hide").asText())
          .isEqualTo("=kind != \"TRANSFER\" and kind != \"LICENCE\"");
    }
    assertThat(Arrays.stream(ReleaseKind.values()).filter(ReleaseKind::byPartner).map(Enum::name))
        .containsExactlyInAnyOrder("OPENING", "POOL");

    // patent numbers, one a line: required (@NotEmpty), each line as long as each element may be (@Size)
    JsonNode numbers = form.field("patentNumbers");
    assertThat(numbers.path("validate").path("required").asBoolean()).isTrue();
    Size element = (Size) elementConstraints(ReleaseRequest.class, "patentNumbers").stream()
        .filter(Size.class::isInstance).findFirst().orElseThrow();
    java.util.regex.Pattern lines = java.util.regex.Pattern.compile(numbers.path("validate").path("pattern").asText());
    assertThat(lines.matcher("KR-1\n\n" + "9".repeat(element.max()) + "\nKR-2").find()).isTrue();
    assertThat(lines.matcher("KR-1\n" + "9".repeat(element.max() + 1)).find()).isFalse();
    form.checked("patentNumbers");
    form.everyFieldChecked();
  }

  @Test
  void theDisputeAndLawsuitFormsCheckWhatTheApiChecks() {
    Form dispute = new Form("NoticePatentDisputeForm");
    dispute.matchesChoice("claimantPartner", DisputeNotice.class, "claimantPartner");
    dispute.matchesChoice("respondentPartner", DisputeNotice.class, "respondentPartner");
    dispute.matches("patentNumber", DisputeNotice.class, "patentNumber");
    dispute.matches("grievance", DisputeNotice.class, "grievance");
    dispute.everyFieldChecked();

    Form lawsuit = new Form("ReportLicenseeLawsuitForm");
    lawsuit.matches("licensee", LawsuitReport.class, "licensee");
    lawsuit.matchesChoice("suedPartner", LawsuitReport.class, "suedPartner");
    lawsuit.matches("caseReference", LawsuitReport.class, "caseReference");
    lawsuit.matches("description", LawsuitReport.class, "description");
    lawsuit.everyFieldChecked();
  }

  @Test
  void thePublicationFormChecksWhatTheApiChecks() {
    Form form = new Form("RequestPublicationForm");
    form.matches("audience", PublicationRequest.class, "audience");
    form.offers("audience", names(Terms.Audience.values()));
    form.matches("licence", PublicationRequest.class, "licence");
    form.offers("licence", Arrays.stream(Terms.OutputLicence.values()).map(Terms.OutputLicence::spdx).toList());
    form.matches("releaseType", PublicationRequest.class, "releaseType");
    form.offers("releaseType", names(Terms.ReleaseType.values()));
    // the output is the API's path: always there, and an AI output's reference
    assertThat(form.validation(form.field("outputRef")))
        .isEqualTo(Map.of("required", "true", "pattern", "^AO-\\d{4}-\\d{4,}$"));
    form.checked("outputRef");
    form.everyFieldChecked();
  }

  @Test
  void theImpactReportFormAsksForAQuarterThatCanExist() {
    Form form = new Form("RequestImpactReportForm");
    form.matches("year", QuarterRequest.class, "year");
    Map<String, String> quarter = expected(QuarterRequest.class, "quarter");
    form.offers("quarter", IntStream.rangeClosed(Integer.parseInt(quarter.get("min")), Integer.parseInt(quarter.get("max")))
        .mapToObj(String::valueOf).toList());
    assertThat(form.field("quarter").path("validate").path("required").asBoolean()).isTrue();
    form.checked("quarter");
    form.everyFieldChecked();
  }

  /** The form validation the API's constraints on a property call for, as form-js writes it. */
  static Map<String, String> expected(Class<?> type, String property) {
    Map<String, String> expected = new TreeMap<>();
    for (Annotation constraint : constraints(type, property)) {
      if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
        expected.put("required", "true");
      } else if (constraint instanceof Size size) {
        if (size.min() > 0) {
          expected.put("minLength", String.valueOf(size.min()));
        }
        if (size.max() < Integer.MAX_VALUE) {
          expected.put("maxLength", String.valueOf(size.max()));
        }
      } else if (constraint instanceof Max max) {
        expected.put("max", String.valueOf(max.value()));
      } else if (constraint instanceof Min min) {
        expected.put("min", String.valueOf(min.value()));
      } else if (constraint instanceof Positive) {
        expected.put("min", "1");
      } else if (constraint instanceof PositiveOrZero) {
        expected.put("min", "0");
      } else if (constraint instanceof DecimalMin min) {
        // exclusive: the smallest value with the digits @Digits allows
        BigDecimal value = new BigDecimal(min.value());
        expected.put("min", (min.inclusive() ? value : value.add(BigDecimal.ONE.movePointLeft(digits().fraction())))
            .toPlainString());
      } else if (constraint instanceof Digits digits) {
        expected.put("max", BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE).toPlainString());
      } else if (constraint instanceof Pattern pattern) {
        expected.put("pattern", "^" + pattern.regexp() + "$");
      } else if (constraint instanceof Email) {
        expected.put("validationType", "email");
      } else if (constraint instanceof BusinessRegistrationNumber) {
        // the format in the form; the check digit on the server (its message names it)
        expected.put("pattern", "^\\d{3}-\\d{2}-\\d{5}$");
      }
    }
    return expected;
  }

  private static Digits digits() {
    return (Digits) constraints(FundingApplicationRequest.ImpactGoal.class, "target").stream()
        .filter(Digits.class::isInstance).findFirst().orElseThrow();
  }

  private static Size size(Class<?> type, String property) {
    return (Size) constraints(type, property).stream().filter(Size.class::isInstance).findFirst().orElseThrow();
  }

  private static List<Annotation> constraints(Class<?> type, String property) {
    PropertyDescriptor descriptor = VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(property);
    assertThat(descriptor).as("constraints of %s.%s", type.getSimpleName(), property).isNotNull();
    return descriptor.getConstraintDescriptors().stream().map(ConstraintDescriptor::getAnnotation)
        .map(Annotation.class::cast).toList();
  }

  private static List<Annotation> elementConstraints(Class<?> type, String property) {
    return VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(property).getConstrainedContainerElementTypes()
        .stream().flatMap(element -> element.getConstraintDescriptors().stream())
        .map(ConstraintDescriptor::getAnnotation).map(Annotation.class::cast).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String tranche(int lines) {
    return IntStream.rangeClosed(1, lines).mapToObj(n -> n + "000000 | 단계 " + n + " / Phase " + n)
        .collect(Collectors.joining("\n"));
  }

  /** One start form's fields, and which of them a test has compared with the API. */
  static final class Form {

    private final String id;
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private final Set<String> checked = new TreeSet<>();

    Form(String id) {
      this.id = id;
      try {
        collect(JSON.readTree(FORMS.resolve(id + ".form").toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void collect(JsonNode container) {
      for (JsonNode component : container.path("components")) {
        if (component.hasNonNull("key")) {
          fields.put(component.get("key").asText(), component);
        }
        collect(component);
      }
    }

    JsonNode field(String key) {
      assertThat(fields).as("fields of %s", id).containsKey(key);
      return fields.get(key);
    }

    Set<String> keys() {
      return fields.keySet();
    }

    /** The field's validation, as form-js reads it. */
    Map<String, String> validation(JsonNode field) {
      Map<String, String> validation = new TreeMap<>();
      for (String check : CHECKS) {
        JsonNode value = field.path("validate").path(check);
        if (!value.isMissingNode() && !value.isNull() && !(check.equals("required") && !value.asBoolean())) {
          validation.put(check, value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
              : value.asText());
        }
      }
      return validation;
    }

    void matches(String key, Class<?> type, String property) {
      matches(key, type, property, Map.of());
    }

    /** The field checks what the API's constraints check, plus what the form adds for the API's cross-field rules. */
    void matches(String key, Class<?> type, String property, Map<String, String> crossField) {
      Map<String, String> expected = new TreeMap<>(expected(type, property));
      expected.putAll(crossField);
      Map<String, String> actual = validation(field(key));
      if (isChoice(field(key))) {
        actual.remove("pattern");
      }
      assertThat(actual).as("validation of %s in %s against %s.%s", key, id, type.getSimpleName(), property)
          .isEqualTo(normalised(expected));
      checked.add(key);
    }

    /** A choice (select or radio) where the API has a pattern of alternatives: the same alternatives, required. */
    void matchesChoice(String key, Class<?> type, String property) {
      Map<String, String> expected = new TreeMap<>(expected(type, property));
      String pattern = expected.remove("pattern");
      assertThat(pattern).as("the API's pattern for %s", property).isNotNull();
      offers(key, List.of(pattern.substring(1, pattern.length() - 1).split("\\|")));
      Map<String, String> crossField = new TreeMap<>(expected);
      if (!expected.containsKey("required")) {
        crossField.put("required", "true");
      }
      assertThat(validation(field(key))).as("validation of %s in %s", key, id).isEqualTo(crossField);
      checked.add(key);
    }

    void offers(String key, List<String> values) {
      JsonNode field = field(key);
      assertThat(isChoice(field)).as("%s in %s is a select or radio", key, id).isTrue();
      List<String> offered = new ArrayList<>();
      field.path("values").forEach(option -> offered.add(option.path("value").asText()));
      assertThat(offered).as("choices of %s in %s", key, id).containsExactlyInAnyOrderElementsOf(values);
    }

    void checked(String... keys) {
      checked.addAll(List.of(keys));
    }

    void everyFieldChecked() {
      assertThat(checked).as("fields of %s compared with the API", id).isEqualTo(new TreeSet<>(fields.keySet()));
    }

    private static boolean isChoice(JsonNode field) {
      return Set.of("select", "radio").contains(field.path("type").asText());
    }

    private static Map<String, String> normalised(Map<String, String> expected) {
      Map<String, String> normalised = new TreeMap<>();
      expected.forEach((check, value) -> normalised.put(check, value.matches("-?\\d+(\\.\\d+)?")
          ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value));
      return normalised;
    }
  }
}
