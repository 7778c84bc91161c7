package com.synergycouncil.publication;

import com.synergycouncil.publication.Terms.Kind;
import com.synergycouncil.publication.Terms.LegalBasis;
import com.synergycouncil.publication.Terms.Modality;
import com.synergycouncil.system.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * An AI output as an AI lead registers it: what it is, who made it, its datasets and its documentation. Incomplete
 * documentation or a missing legal basis is accepted here: the publication gates say what is missing.
 */
public record AiOutputRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull Kind kind,
    @NotNull Modality modality,
    @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z.+\\-]*", message = "may hold letters, digits, '.', '+' and '-' only") String version,
    @NotEmpty @Size(max = 5) List<@NotBlank @Pattern(regexp = "[A-Z]{2,16}", message = "must be a partner code such as SKT") String> contributingPartners,
    boolean aiRndCouncil,
    @NotBlank @Size(max = 2000) String summary,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid Dataset> datasets,
    @Valid ModelCard modelCard,
    @NotNull @Valid Datasheet datasheet) {

  /** A dataset of the output: for a model, one it was trained on. */
  public record Dataset(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z.\\-_]*", message = "must be an SPDX-like licence id") String licence,
      boolean personalData,
      LegalBasis legalBasis,
      @Size(max = 2000) String evidence) {
  }

  public record ModelCard(@Size(max = 8000) String intendedUse, @Size(max = 8000) String limitations,
      @Size(max = 8000) String trainingData, @Size(max = 8000) String evaluation, @Size(max = 8000) String risks) {
  }

  public record Datasheet(@Size(max = 8000) String motivation, @Size(max = 8000) String composition,
      @Size(max = 8000) String collectionAndConsent, @Size(max = 8000) String preprocessing,
      @Size(max = 8000) String uses, @Size(max = 8000) String distribution, @Size(max = 8000) String maintenance) {
  }

  /** Every documentation section given, blank ones included. */
  public Map<DocumentSection, String> sections() {
    Map<DocumentSection, String> sections = new EnumMap<>(DocumentSection.class);
    if (modelCard != null) {
      sections.put(DocumentSection.INTENDED_USE, modelCard.intendedUse());
      sections.put(DocumentSection.LIMITATIONS, modelCard.limitations());
      sections.put(DocumentSection.TRAINING_DATA, modelCard.trainingData());
      sections.put(DocumentSection.EVALUATION, modelCard.evaluation());
      sections.put(DocumentSection.RISKS, modelCard.risks());
    }
    if (datasheet != null) {
      sections.put(DocumentSection.MOTIVATION, datasheet.motivation());
      sections.put(DocumentSection.COMPOSITION, datasheet.composition());
      sections.put(DocumentSection.COLLECTION_AND_CONSENT, datasheet.collectionAndConsent());
      sections.put(DocumentSection.PREPROCESSING, datasheet.preprocessing());
      sections.put(DocumentSection.USES, datasheet.uses());
      sections.put(DocumentSection.DISTRIBUTION, datasheet.distribution());
      sections.put(DocumentSection.MAINTENANCE, datasheet.maintenance());
    }
    sections.values().removeIf(body -> body == null);
    return sections;
  }

  /** What Bean Validation cannot see: a model needs a model card, partners must not repeat. */
  public List<FieldProblem> crossFieldProblems(List<String> knownPartners) {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == Kind.MODEL && modelCard == null) {
      problems.add(new FieldProblem("modelCard", "is required for a model"));
    }
    if (contributingPartners != null) {
      var seen = new HashSet<String>();
      for (int i = 0; i < contributingPartners.size(); i++) {
        String code = contributingPartners.get(i);
        if (code != null && !knownPartners.contains(code)) {
          problems.add(new FieldProblem("contributingPartners[%d]".formatted(i), "is not a partner: " + code));
        } else if (code != null && !seen.add(code)) {
          problems.add(new FieldProblem("contributingPartners[%d]".formatted(i), "appears more than once"));
        }
      }
    }
    return problems;
  }
}
