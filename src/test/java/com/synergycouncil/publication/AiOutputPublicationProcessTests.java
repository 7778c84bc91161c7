package com.synergycouncil.publication;

import static com.synergycouncil.publication.PublicationFixture.AI_LEAD;
import static com.synergycouncil.publication.PublicationFixture.AI_LEAD2;
import static com.synergycouncil.publication.PublicationFixture.LEGAL;
import static com.synergycouncil.publication.PublicationFixture.PRIVACY;
import static com.synergycouncil.publication.PublicationFixture.SAMSUNG_CEO;
import static com.synergycouncil.publication.PublicationFixture.SECURITY;
import static com.synergycouncil.publication.PublicationFixture.dataset;
import static com.synergycouncil.publication.PublicationFixture.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputRequest.Dataset;
import com.synergycouncil.publication.AiOutputRequest.ModelCard;
import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.LegalBasis;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class AiOutputPublicationProcessTests {

  @Autowired TestCouncil council;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired CouncilRoster roster;
  @Autowired AiOutputRegistry registry;
  @Autowired AiOutputPublications publications;

  PublicationFixture fixture;

  @BeforeEach
  void seat() {
    fixture = new PublicationFixture(council, identityService, taskService, roster, registry, publications).seat();
  }

  @Test
  void publishesAnOpenOutputAfterTheGatesTheThreeReviewsAndTheCouncil() {
    String ref = fixture.requested(model(List.of(dataset("CC-BY-4.0"), dataset("CC0-1.0"))), OutputLicence.APACHE_2_0,
        Audience.STARTUPS, ReleaseType.OPEN);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.IN_REVIEW);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder(AiOutputPublicationProcess.TASK_REVIEW_PRIVACY,
            AiOutputPublicationProcess.TASK_REVIEW_SECURITY, AiOutputPublicationProcess.TASK_REVIEW_LICENCE);

    fixture.approveReviews(ref);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.IN_COUNCIL);
    assertThat(fixture.votes(ref)).extracting(Task::getAssignee).containsExactlyInAnyOrder("skt-ceo", "kakao-ceo");
    fixture.voteAll(ref, "APPROVE");

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.PUBLISHED);
    assertThat(view.licence()).isEqualTo("Apache-2.0");
    assertThat(view.publishedAt()).isNotNull();
    assertThat(view.openedAt()).isNotNull();
    assertThat(view.resolutionNumber()).startsWith("SC-");
    assertThat(view.reviews()).extracting(AiOutputView.Review::area).containsExactlyInAnyOrder("PRIVACY", "SECURITY", "LEGAL");
    assertThat(view.history()).extracting(AiOutputView.StatusChange::status).containsExactly(AiOutputStatus.REGISTERED,
        AiOutputStatus.IN_REVIEW, AiOutputStatus.IN_COUNCIL, AiOutputStatus.PUBLISHED);
    assertThat(ended(ref, AiOutputPublicationProcess.END_PUBLISHED)).isTrue();
  }

  @Test
  void theLicenceGateBlocksANonCommercialDatasetUnderAnApacheLicence() {
    String ref = fixture.requested(model(List.of(dataset("CC-BY-4.0"), dataset("CC-BY-NC-4.0"))),
        OutputLicence.APACHE_2_0, Audience.ACADEMIA, ReleaseType.OPEN);

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.BLOCKED);
    assertThat(view.statusReason()).contains("Mobility grid CC-BY-NC-4.0 (CC-BY-NC-4.0 → Apache-2.0)")
        .contains("forbids commercial use").doesNotContain("Mobility grid CC-BY-4.0");
    assertThat(ended(ref, AiOutputPublicationProcess.END_BLOCKED)).isTrue();
  }

  @Test
  void thePersonalDataGateBlocksAConsentWithoutEvidence() {
    String ref = fixture.requested(model(List.of(new Dataset("Call transcripts", "PARTNER_OWNED", true,
        LegalBasis.CONSENT, " "), new Dataset("Faces", "PARTNER_OWNED", true, null, null))), OutputLicence.OPENRAIL_M,
        Audience.ACADEMIA, ReleaseType.GATED);

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.BLOCKED);
    assertThat(view.statusReason()).contains("Call transcripts: 동의의 증빙이 없습니다 / consent without evidence of it")
        .contains("Faces: 개인정보 처리의 법적 근거가 없습니다 / personal data without a legal basis");
    assertThat(ended(ref, AiOutputPublicationProcess.END_BLOCKED)).isTrue();
  }

  @Test
  void theDocumentationGateBlocksABlankModelCardSection() {
    AiOutputRequest base = model(List.of(dataset("MIT")));
    AiOutputRequest incomplete = new AiOutputRequest(base.name(), base.kind(), base.modality(), base.version(),
        base.contributingPartners(), false, base.summary(), base.datasets(),
        new ModelCard("use", "limits", "data", "eval", "  "), base.datasheet());
    String ref = fixture.requested(incomplete, OutputLicence.CC_BY_4_0, Audience.PUBLIC, ReleaseType.OPEN);

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.BLOCKED);
    assertThat(view.statusReason()).isEqualTo("모델 카드 / Model card: 위험 / Risks 항목이 비어 있습니다 / section is empty");
  }

  @Test
  void aReviewerSendsTheRequestBackAndTheResubmissionRunsTheGatesAndReviewsAgain() {
    String ref = fixture.requested(model(List.of(dataset("CC-BY-4.0"))), OutputLicence.CC_BY_4_0, Audience.ACADEMIA,
        ReleaseType.OPEN);
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_PRIVACY, PRIVACY, "SEND_BACK",
        "재식별 위험 평가를 추가하세요 / Add a re-identification risk assessment");
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_SECURITY, SECURITY, "APPROVE", null);
    fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_LICENCE, LEGAL, "APPROVE", null);

    Task revise = fixture.task(ref, AiOutputPublicationProcess.TASK_REVISE_REQUEST);
    assertThat(revise.getAssignee()).isEqualTo(AI_LEAD);
    assertThat(taskService.getVariable(revise.getId(), Var.REVIEW_COMMENTS).toString())
        .contains("PRIVACY (privacy-reviewer): 재식별 위험 평가를 추가하세요");
    assertThat(status(ref)).isEqualTo(AiOutputStatus.REVISION_REQUESTED);

    registry.update(ref, model(List.of(dataset("CC-BY-4.0"), dataset("CC0-1.0"))));
    council.complete(revise, AI_LEAD, Map.of("revisionNote", "재식별 위험 평가 추가 / Added the assessment"));

    assertThat(status(ref)).isEqualTo(AiOutputStatus.IN_REVIEW);
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(fixture.task(ref, AiOutputPublicationProcess.TASK_REVIEW_PRIVACY).getProcessInstanceId())
        .activityId(AiOutputPublicationProcess.TASK_CHECK_LICENCE_COMPATIBILITY).count()).isEqualTo(2);
    fixture.approveReviews(ref);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.IN_COUNCIL);
    assertThat(registry.view(ref).reviews()).extracting(AiOutputView.Review::round).containsOnly(1, 2).hasSize(6);
  }

  @Test
  void sendingBackWithoutACommentIsRefusedAndNothingIsRecorded() {
    String ref = fixture.requested(model(List.of(dataset("CC-BY-4.0"))), OutputLicence.CC_BY_4_0, Audience.ACADEMIA,
        ReleaseType.OPEN);

    assertThatThrownBy(() -> fixture.review(ref, AiOutputPublicationProcess.TASK_REVIEW_LICENCE, LEGAL, "SEND_BACK", " "))
        .hasMessageContaining("reviewComment: is required");
    assertThat(registry.view(ref).reviews()).isEmpty();
    assertThat(fixture.task(ref, AiOutputPublicationProcess.TASK_REVIEW_LICENCE)).isNotNull();
  }

  @Test
  void anAiRndOutputNeedsEveryContributingCompanyAndSamsungCanVetoIt() {
    String ref = fixture.requested(PublicationFixture.aiRndModel(), OutputLicence.OPENRAIL_M, Audience.ACADEMIA,
        ReleaseType.GATED);
    fixture.approveReviews(ref);
    assertThat(fixture.votes(ref)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("skt-ceo", "kakao-ceo", SAMSUNG_CEO);

    fixture.vote(ref, "skt-ceo", "APPROVE");
    fixture.vote(ref, "kakao-ceo", "APPROVE");
    fixture.vote(ref, SAMSUNG_CEO, "REJECT");

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.REJECTED);
    assertThat(view.statusReason()).endsWith(": VETOED");
    assertThat(ended(ref, AiOutputPublicationProcess.END_REJECTED)).isTrue();
  }

  @Test
  void aGatedReleaseTakesAccessRequestsThatAnAiLeadGrantsOrRefuses() {
    String ref = fixture.released(ReleaseType.GATED);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.GATED);
    assertThat(registry.view(ref).openedAt()).isNull();
    AccessRequestInput input = new AccessRequestInput("Dr. Lee", "KAIST", "lee@kaist.example",
        "감염병 확산 모델 비교 연구 / Comparing epidemic spread models");
    AccessRequestView first = publications.requestAccess(ref, input, PublicationFixture.RESEARCHER);
    AccessRequestView second = publications.requestAccess(ref, input, PublicationFixture.RESEARCHER);

    AccessRequestView granted = publications.decideAccess(ref, first.id(),
        new AccessDecision(AccessDecision.Choice.GRANT, null), AI_LEAD);
    AccessRequestView refused = publications.decideAccess(ref, second.id(),
        new AccessDecision(AccessDecision.Choice.REFUSE, "중복 요청 / Duplicate request"), AI_LEAD2);

    assertThat(granted.status()).isEqualTo("GRANTED");
    assertThat(granted.decidedBy()).isEqualTo(AI_LEAD);
    assertThat(refused.status()).isEqualTo("REFUSED");
    assertThat(refused.decisionNote()).isEqualTo("중복 요청 / Duplicate request");
    assertThat(ended(ref, AiOutputPublicationProcess.END_PUBLISHED)).isTrue();
  }

  @Test
  void aStagedReleaseOpensToEveryoneWhenItsPeriodElapses() {
    String ref = fixture.released(ReleaseType.STAGED);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.STAGED);
    Job timer = stagedTimer(ref);
    assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant())).isBetween(Duration.ofDays(29),
        Duration.ofDays(31));

    managementService.executeJob(timer.getId());
    council.runDueJobs();

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.PUBLISHED);
    assertThat(view.openedAt()).isNotNull();
    assertThat(ended(ref, AiOutputPublicationProcess.END_STAGED_OPENED)).isTrue();
  }

  @Test
  void anIncidentPausesAStagedReleaseUntilTheChairResumesOrWithdrawsIt() {
    String ref = fixture.released(ReleaseType.STAGED);

    publications.reportIncident(ref, "음성 데이터 재식별 사례 보고 / Re-identification reported", AI_LEAD2);
    assertThat(status(ref)).isEqualTo(AiOutputStatus.PAUSED);
    council.complete(fixture.task(ref, AiOutputPublicationProcess.TASK_HANDLE_RELEASE_INCIDENT), "skt-ceo",
        Map.of("incidentAction", "RESUME", "incidentComment", "오탐으로 확인 / False alarm"));
    assertThat(status(ref)).isEqualTo(AiOutputStatus.STAGED);
    assertThat(stagedTimer(ref)).isNotNull();

    publications.reportIncident(ref, "오용 사례 확인 / Misuse confirmed", AI_LEAD);
    council.complete(fixture.task(ref, AiOutputPublicationProcess.TASK_HANDLE_RELEASE_INCIDENT), "skt-ceo",
        Map.of("incidentAction", "WITHDRAW", "incidentComment", "공개 철회 / Take it down"));

    AiOutputView view = registry.view(ref);
    assertThat(view.status()).isEqualTo(AiOutputStatus.WITHDRAWN);
    assertThat(view.statusReason()).contains("Misuse confirmed");
    assertThat(ended(ref, AiOutputPublicationProcess.END_WITHDRAWN)).isTrue();
  }

  private Job stagedTimer(String ref) {
    return managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ref).processDefinitionKey(AiOutputPublicationProcess.KEY).singleResult().getId())
        .timers().singleResult();
  }

  private AiOutputStatus status(String ref) {
    return registry.view(ref).status();
  }

  private boolean ended(String ref, String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEventId).list().stream()
        .anyMatch(activity -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(activity.getProcessInstanceId()).processInstanceBusinessKey(ref).count() == 1);
  }
}
