package com.synergycouncil.publication;

import static com.synergycouncil.publication.PublicationFixture.AI_LEAD;
import static com.synergycouncil.publication.PublicationFixture.LEGAL;
import static com.synergycouncil.publication.PublicationFixture.PRIVACY;
import static com.synergycouncil.publication.PublicationFixture.RESEARCHER;
import static com.synergycouncil.publication.PublicationFixture.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.publication.AiOutputRequest.Dataset;
import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.Kind;
import com.synergycouncil.publication.Terms.LegalBasis;
import com.synergycouncil.publication.Terms.Modality;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What an executive reads on the vote form of an AI output's publication: the output, its terms and datasets, the
 * three gates and the three reviews (a send-back and its revision included), and links to the model card and the
 * datasheet that open with the voter's login and show typed text as text.
 */
@ProcessTest
class AiOutputVoteBriefingTests {

  static final String HOSTILE = "[click](javascript:alert(1)) <img src=x onerror=alert(1)>";

  @Autowired TestCouncil council;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired CouncilRoster roster;
  @Autowired AiOutputRegistry registry;
  @Autowired AiOutputPublications publications;
  @Autowired TestRestTemplate rest;

  PublicationFixture fixture;

  @BeforeEach
  void seat() {
    fixture = new PublicationFixture(council, identityService, taskService, roster, registry, publications).seat();
  }

  @Test
  void theVoterSeesTheTermsTheGatesEveryReviewAndTheDocuments() {
    AiOutputRequest hostile = new AiOutputRequest("Pandemic risk model", Kind.MODEL, Modality.VOICE, "1.2.0", List.of("SKT", "KAKAO"), false, HOSTILE,
        List.of(new Dataset("Voice commands", "PARTNER_OWNED", true, LegalBasis.PSEUDONYMISED, "PIPA art. 28-2 review"),
            new Dataset("Mobility grid", "CC-BY-4.0", false, null, null)),
        PublicationFixture.modelCard(), PublicationFixture.datasheet());
    String ref = fixture.requested(hostile, OutputLicence.OPENRAIL_M, Audience.ACADEMIA, ReleaseType.STAGED);
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_PRIVACY, PRIVACY, "SEND_BACK",
        "재식별 위험 평가를 첨부하세요 / Attach the re-identification assessment");
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_SECURITY, SECURITY, "APPROVE", null);
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_LICENCE, LEGAL, "APPROVE", null);
    council.complete(fixture.task(ref, AiOutputPublicationProcess.TASK_REVISE_REQUEST), AI_LEAD,
        Map.of("revisionNote", "평가서 첨부 / Assessment attached"));
    fixture.approveReviews(ref);
    assertThat(registry.view(ref).status()).isEqualTo(AiOutputStatus.IN_COUNCIL);
    Task vote = fixture.votes(ref).stream().filter(task -> TestCouncil.SKT_CEO.equals(task.getAssignee()))
        .findFirst().orElseThrow();

    Map<String, Object> form = council.as(TestCouncil.SKT_CEO, () -> formService.getTaskFormVariables(vote.getId()));

    assertThat((String) form.get(VoteForm.SUMMARY)).contains("AI 결과물 / Output: Pandemic risk model 1.2.0 (MODEL, VOICE)",
        "공동 개발 / Contributing partners: SK텔레콤 / SK Telecom, 카카오 / Kakao", "요약 / Summary: " + HOSTILE,
        "대상 / audience ACADEMIA · 라이선스 / licence OpenRAIL-M · 공개 방식 / release type STAGED",
        "Voice commands · PARTNER_OWNED · 개인정보 / personal data: 예 / yes · 법적 근거 / legal basis PSEUDONYMISED",
        "증빙 / Evidence: PIPA art. 28-2 review", "Mobility grid · CC-BY-4.0 · 개인정보 / personal data: 아니요 / no");
    assertThat((String) form.get(VoteForm.REVIEW)).contains(
        "라이선스 호환성 (DMN DatasetLicenceCompatibility) / Licence compatibility: 통과 / passed",
        "개인정보 법적 근거 / Personal-data legal basis: 통과 / passed",
        "모델 카드·데이터시트 완결성 / Model card and datasheet complete: 통과 / passed",
        "1차 / round 1 · 개인정보 / privacy: 보완 요청 / SEND_BACK",
        "의견 / Comment: 재식별 위험 평가를 첨부하세요 / Attach the re-identification assessment",
        "2차 / round 2 · 개인정보 / privacy: 승인 / APPROVE", "2차 / round 2 · 법무 / legal: 승인 / APPROVE");
    assertThat(form.get(VoteForm.DOCUMENTS)).isEqualTo("""
        - [모델 카드 / Model card](/ai-outputs/%s/model-card.md)
        - [데이터시트 / Datasheet](/ai-outputs/%s/datasheet.md)""".formatted(ref, ref));

    for (String document : List.of("model-card.md", "datasheet.md")) {
      ResponseEntity<String> asVoter = rest.withBasicAuth(TestCouncil.SKT_CEO, TestCouncil.PASSWORD)
          .getForEntity("/ai-outputs/{ref}/" + document, String.class, ref);
      assertThat(asVoter.getStatusCode()).as(document).isEqualTo(HttpStatus.OK);
      assertThat(asVoter.getHeaders().getContentType()).as(document).isNotNull()
          .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue());
      assertThat(asVoter.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(asVoter.getBody()).as(document).contains("Pandemic risk model");
      // unreleased: someone outside the work on it is told it does not exist
      assertThat(rest.withBasicAuth(RESEARCHER, TestCouncil.PASSWORD)
          .getForEntity("/ai-outputs/{ref}/" + document, String.class, ref).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }
}
