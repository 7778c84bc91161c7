package com.synergycouncil.publication;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.Role;
import com.synergycouncil.publication.AiOutputRequest.Dataset;
import com.synergycouncil.publication.AiOutputRequest.Datasheet;
import com.synergycouncil.publication.AiOutputRequest.ModelCard;
import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.Kind;
import com.synergycouncil.publication.Terms.LegalBasis;
import com.synergycouncil.publication.Terms.Modality;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import com.synergycouncil.system.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/** The people and the outputs the publication tests work with, and the acts that move a request along. */
final class PublicationFixture {

  static final String AI_LEAD = "ai-lead";
  static final String AI_LEAD2 = "ai-lead2";
  static final String PRIVACY = "privacy-reviewer";
  static final String SECURITY = "security-reviewer";
  static final String LEGAL = "legal-reviewer";
  static final String SAMSUNG_CEO = "samsung-ceo";
  static final String SAMSUNG_CTO = "samsung-cto";
  static final String RESEARCHER = "researcher";

  private final TestCouncil council;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final CouncilRoster roster;
  private final AiOutputRegistry registry;
  private final AiOutputPublications publications;

  PublicationFixture(TestCouncil council, IdentityService identityService, TaskService taskService,
      CouncilRoster roster, AiOutputRegistry registry, AiOutputPublications publications) {
    this.council = council;
    this.identityService = identityService;
    this.taskService = taskService;
    this.roster = roster;
    this.registry = registry;
    this.publications = publications;
  }

  /** The council plus AI leads, reviewers, Samsung's executives and a researcher without any group. */
  PublicationFixture seat() {
    council.seat();
    for (CouncilMember member : List.of(
        new CouncilMember(AI_LEAD, "SKT", Role.AI_LEAD, "강민준", "Kang Minjun", false),
        new CouncilMember(AI_LEAD2, "KAKAO", Role.AI_LEAD, "서지우", "Seo Jiwoo", false),
        new CouncilMember(SAMSUNG_CEO, "SAMSUNG", Role.CO_CEO, "한승우", "Han Seungwoo", false),
        new CouncilMember(SAMSUNG_CTO, "SAMSUNG", Role.CTO, "문예린", "Moon Yerin", false))) {
      user(member.userId());
      roster.enrol(member);
    }
    member(PRIVACY, Groups.PRIVACY_REVIEWERS);
    member(SECURITY, Groups.SECURITY_REVIEWERS);
    member(LEGAL, Groups.LEGAL_REVIEWERS);
    user(RESEARCHER);
    return this;
  }

  private void member(String userId, String group) {
    user(userId);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(userId, group);
    }
  }

  private void user(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(userId);
      user.setLastName(userId);
      user.setPassword(TestCouncil.PASSWORD);
      identityService.saveUser(user);
    }
  }

  static ModelCard modelCard() {
    return new ModelCard("위치별 감염 위험 안내 / Rating infection risk at a location", "실내 환기 정보 없음 / No ventilation data",
        "통화량·이동 데이터 / Call-volume and mobility data", "AUC 0.87 on 2021 data", "과신 위험 / Over-reliance");
  }

  static Datasheet datasheet() {
    return new Datasheet("팬데믹 대응 / Pandemic response", "격자별 집계 / Aggregates per grid cell",
        "가명 처리 / Pseudonymised at source", "k-익명성 / k-anonymity 20", "위험 안내 / Risk guidance",
        "게이트 공개 / Gated", "분기별 갱신 / Quarterly updates");
  }

  static Dataset dataset(String licence) {
    return new Dataset("Mobility grid " + licence, licence, false, null, null);
  }

  static AiOutputRequest model(List<Dataset> datasets) {
    return new AiOutputRequest("Pandemic risk model", Kind.MODEL, Modality.TEXT, "1.0.0", List.of("SKT", "KAKAO"),
        false, "위치별 감염 위험도를 평가합니다 / Rates the infection risk at a location", datasets, modelCard(),
        datasheet());
  }

  static AiOutputRequest aiRndModel() {
    return new AiOutputRequest("Pandemic AI", Kind.MODEL, Modality.MULTIMODAL, "2.0", List.of("SKT", "KAKAO", "SAMSUNG"),
        true, "AI R&D 협의체 공동 결과물 / Joint output of the AI R&D council",
        List.of(new Dataset("Voice commands", "PARTNER_OWNED", true, LegalBasis.PSEUDONYMISED, "PIPA art. 28-2 review 2021-07")),
        modelCard(), datasheet());
  }

  String register(AiOutputRequest request) {
    return registry.register(request, AI_LEAD);
  }

  String requested(AiOutputRequest request, OutputLicence licence, Audience audience, ReleaseType type) {
    String ref = register(request);
    publications.requestPublication(ref, new PublicationRequest(audience, licence, type), AI_LEAD);
    council.runDueJobs();
    return ref;
  }

  /** Requested, reviewed, approved by the council, released. */
  String released(ReleaseType type) {
    String ref = requested(model(List.of(dataset("CC-BY-4.0"))), OutputLicence.CC_BY_4_0, Audience.ACADEMIA, type);
    approveReviews(ref);
    voteAll(ref, "APPROVE");
    return ref;
  }

  Task task(String ref, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
  }

  void review(String ref, String key, String reviewer, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewDecision", decision);
    form.put("reviewComment", comment);
    council.complete(task(ref, key), reviewer, form);
  }

  void approveReviews(String ref) {
    review(ref, AiOutputPublicationProcess.TASK_REVIEW_PRIVACY, PRIVACY, "APPROVE", null);
    review(ref, AiOutputPublicationProcess.TASK_REVIEW_SECURITY, SECURITY, "APPROVE", null);
    review(ref, AiOutputPublicationProcess.TASK_REVIEW_LICENCE, LEGAL, "APPROVE", null);
  }

  List<Task> votes(String ref) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).list();
  }

  void vote(String ref, String voter, String choice) {
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    council.complete(vote, voter, Map.of("voteDecision", choice, "conflictDeclared", false));
  }

  void voteAll(String ref, String choice) {
    for (Task vote : votes(ref)) {
      council.complete(vote, vote.getAssignee(), Map.of("voteDecision", choice, "conflictDeclared", false));
    }
  }
}
