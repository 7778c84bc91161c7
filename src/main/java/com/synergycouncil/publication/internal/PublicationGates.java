package com.synergycouncil.publication.internal;

import com.synergycouncil.publication.AiOutputPublicationProcess;
import com.synergycouncil.publication.AiOutputView.DatasetView;
import com.synergycouncil.publication.DocumentSection;
import com.synergycouncil.publication.DocumentSection.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The three automatic gates of a publication request; each answers with its blocking reasons (none = passed). */
@Component
class PublicationGates {

  private final AiOutputs outputs;
  private final DecisionService decisionService;

  PublicationGates(AiOutputs outputs, DecisionService decisionService) {
    this.outputs = outputs;
    this.decisionService = decisionService;
  }

  /** Every dataset's licence against the output licence and audience, by the DMN DatasetLicenceCompatibility. */
  List<String> licenceProblems(long outputId) {
    AiOutputs.OutputRow output = outputs.get(outputId);
    List<String> problems = new ArrayList<>();
    for (DatasetView dataset : outputs.datasets(outputId)) {
      var result = decisionService.evaluateDecisionTableByKey(AiOutputPublicationProcess.LICENCE_DECISION,
          Variables.createVariables().putValue("datasetLicence", dataset.licence())
              .putValue("outputLicence", output.licence()).putValue("audience", output.audience()))
          .getSingleResult();
      if (!Boolean.TRUE.equals(result.getEntry("compatible"))) {
        problems.add("%s (%s → %s): %s".formatted(dataset.name(), dataset.licence(), output.licence(),
            result.<String>getEntry("reason")));
      }
    }
    return problems;
  }

  /** Personal data needs a legal basis and evidence for it (a consent above all). */
  List<String> personalDataProblems(long outputId) {
    List<String> problems = new ArrayList<>();
    for (DatasetView dataset : outputs.datasets(outputId)) {
      if (!dataset.personalData()) {
        continue;
      }
      if (dataset.legalBasis() == null) {
        problems.add(dataset.name() + ": 개인정보 처리의 법적 근거가 없습니다 / personal data without a legal basis");
      } else if (dataset.evidence() == null || dataset.evidence().isBlank()) {
        problems.add(dataset.name() + ": " + ("CONSENT".equals(dataset.legalBasis())
            ? "동의의 증빙이 없습니다 / consent without evidence of it"
            : "법적 근거(" + dataset.legalBasis() + ")의 증빙이 없습니다 / legal basis " + dataset.legalBasis()
                + " without evidence"));
      }
    }
    return problems;
  }

  /** The datasheet, and for a model the model card, with every required section filled in. */
  List<String> documentationProblems(long outputId) {
    AiOutputs.OutputRow output = outputs.get(outputId);
    Map<DocumentSection, String> sections = outputs.sections(outputId);
    List<DocumentSection> required = new ArrayList<>(DocumentSection.of(Document.DATASHEET));
    if ("MODEL".equals(output.kind())) {
      required.addAll(0, DocumentSection.of(Document.MODEL_CARD));
    }
    List<String> problems = new ArrayList<>();
    for (DocumentSection section : required) {
      String body = sections.get(section);
      if (body == null || body.isBlank()) {
        problems.add((section.document() == Document.MODEL_CARD ? "모델 카드 / Model card" : "데이터시트 / Datasheet")
            + ": " + section.title() + " 항목이 비어 있습니다 / section is empty");
      }
    }
    return problems;
  }
}
