package com.synergycouncil.publication.internal;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.council.BriefingText;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.DocumentLink;
import com.synergycouncil.council.SubjectBriefing;
import com.synergycouncil.publication.AiOutputPublicationProcess;
import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputRegistry;
import com.synergycouncil.publication.AiOutputView;
import com.synergycouncil.publication.AiOutputView.DatasetView;
import com.synergycouncil.publication.AiOutputView.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The briefing on an AI output's publication for the executives voting on it: the output, its terms (audience,
 * licence, release type) and training datasets; the three gates as the publication process recorded them; every
 * privacy, security-and-misuse and legal review with its comment; links to the model card and the datasheet.
 */
@Component
class AiOutputBriefing implements SubjectBriefing {

  private final AiOutputRegistry registry;
  private final AiOutputs outputs;
  private final CouncilRoster roster;

  AiOutputBriefing(AiOutputRegistry registry, AiOutputs outputs, CouncilRoster roster) {
    this.registry = registry;
    this.outputs = outputs;
    this.roster = roster;
  }

  @Override
  public boolean supports(String subjectType) {
    return AiOutputPublicationProcess.SUBJECT_TYPE.equals(subjectType);
  }

  @Override
  public Briefing brief(String subjectRef, Map<String, Object> requestingProcess) {
    if (outputs.findByReference(subjectRef).isEmpty()) {
      return Briefing.notFound(subjectRef);
    }
    AiOutputView output = registry.view(subjectRef);
    List<DocumentLink> documents = new ArrayList<>();
    if ("MODEL".equals(output.kind())) {
      documents.add(new DocumentLink("모델 카드", "Model card", "/ai-outputs/" + output.reference() + "/model-card.md"));
    }
    documents.add(new DocumentLink("데이터시트", "Datasheet", "/ai-outputs/" + output.reference() + "/datasheet.md"));
    return new Briefing(summary(output), review(output, requestingProcess), documents);
  }

  private String summary(AiOutputView output) {
    BriefingText text = new BriefingText()
        .line("AI 결과물 / Output", "%s %s (%s, %s)".formatted(output.name(), output.version(), output.kind(),
            output.modality()))
        .line("공동 개발 / Contributing partners",
            output.contributingPartners().stream().map(roster::partnerName).collect(Collectors.joining(", ")))
        .line("AI R&D 협의체 결과물 / Output of the AI R&D council", output.aiRndCouncil() ? "예 / yes" : "아니요 / no")
        .line("요약 / Summary", output.summary())
        .line("공개 조건 / Terms", "대상 / audience %s · 라이선스 / licence %s · 공개 방식 / release type %s"
            .formatted(output.audience(), output.licence(), output.releaseType()))
        .line("요청 / Requested by", output.requestedBy() == null ? null : roster.displayName(output.requestedBy()));
    text.heading("데이터셋 / Datasets");
    for (DatasetView dataset : output.datasets()) {
      text.item("%s · %s · 개인정보 / personal data: %s".formatted(dataset.name(), dataset.licence(),
          dataset.personalData() ? "예 / yes · 법적 근거 / legal basis " + dataset.legalBasis() : "아니요 / no"));
      if (dataset.personalData()) {
        text.detail("증빙 / Evidence", dataset.evidence());
      }
    }
    return text.toString();
  }

  private String review(AiOutputView output, Map<String, Object> process) {
    BriefingText text = new BriefingText();
    text.heading("자동 관문 / Gates");
    gate(text, "라이선스 호환성 (DMN DatasetLicenceCompatibility) / Licence compatibility", process,
        Var.LICENCE_GATE_PASSED, Var.LICENCE_GATE_REASONS);
    gate(text, "개인정보 법적 근거 / Personal-data legal basis", process,
        Var.PERSONAL_DATA_GATE_PASSED, Var.PERSONAL_DATA_GATE_REASONS);
    gate(text, "모델 카드·데이터시트 완결성 / Model card and datasheet complete", process,
        Var.DOCUMENTATION_GATE_PASSED, Var.DOCUMENTATION_GATE_REASONS);
    text.heading("검토 / Reviews");
    if (output.reviews().isEmpty()) {
      text.item("검토 기록 없음 / No review recorded");
    }
    for (Review review : output.reviews()) {
      text.item("%d차 / round %d · %s: %s · %s · %s".formatted(review.round(), review.round(), area(review.area()),
          "APPROVE".equals(review.decision()) ? "승인 / APPROVE" : "보완 요청 / SEND_BACK",
          roster.displayName(review.reviewer()), Briefing.time(review.reviewedAt())));
      text.detail("의견 / Comment", review.comment());
    }
    return text.toString();
  }

  private static void gate(BriefingText text, String label, Map<String, Object> process, String passed,
      String reasons) {
    Object outcome = process.get(passed);
    if (outcome == null) {
      text.item(label + ": 기록 없음 / not recorded");
    } else if (Boolean.TRUE.equals(outcome)) {
      text.item(label + ": 통과 / passed");
    } else {
      text.item(label + ": 차단 / blocked");
      text.detail("사유 / Reasons", String.valueOf(process.get(reasons)));
    }
  }

  private static String area(String area) {
    return switch (area) {
      case "PRIVACY" -> "개인정보 / privacy";
      case "SECURITY" -> "보안·오용 / security and misuse";
      case "LEGAL" -> "법무 / legal";
      default -> area;
    };
  }
}
