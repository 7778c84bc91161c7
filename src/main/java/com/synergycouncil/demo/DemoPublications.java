package com.synergycouncil.demo;

import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import com.synergycouncil.publication.AiOutputPublications;
import com.synergycouncil.publication.AiOutputRegistry;
import com.synergycouncil.publication.AiOutputRequest;
import com.synergycouncil.publication.AiOutputRequest.Dataset;
import com.synergycouncil.publication.AiOutputRequest.Datasheet;
import com.synergycouncil.publication.AiOutputRequest.ModelCard;
import com.synergycouncil.publication.PublicationRequest;
import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.Kind;
import com.synergycouncil.publication.Terms.LegalBasis;
import com.synergycouncil.publication.Terms.Modality;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import com.synergycouncil.system.Groups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * AI publication demo: AI leads, the three reviewers, Samsung Electronics' executives (AI R&D council), the
 * partners' pandemic-risk AI waiting for its reviews and a voice dataset with pseudonymised personal data.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "council.demo.enabled", havingValue = "true")
class DemoPublications implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPublications.class);

  static final List<CouncilMember> MEMBERS = List.of(
      new CouncilMember("ai-lead", "SKT", Role.AI_LEAD, "강민준", "Kang Minjun", false),
      new CouncilMember("ai-lead2", "KAKAO", Role.AI_LEAD, "서지우", "Seo Jiwoo", false),
      new CouncilMember("samsung-ceo", "SAMSUNG", Role.CO_CEO, "한승우", "Han Seungwoo", false),
      new CouncilMember("samsung-cto", "SAMSUNG", Role.CTO, "문예린", "Moon Yerin", false));
  static final Map<String, String> REVIEWERS = Map.of("privacy-reviewer", Groups.PRIVACY_REVIEWERS,
      "security-reviewer", Groups.SECURITY_REVIEWERS, "legal-reviewer", Groups.LEGAL_REVIEWERS);

  private static final Dataset VOICE = new Dataset("Synergy voice commands 2021", "PARTNER_OWNED", true,
      LegalBasis.PSEUDONYMISED, "PIPA 제28조의2 가명처리 검토서 2021-07 / Pseudonymisation review under PIPA art. 28-2, July 2021");
  private static final Dataset MOBILITY = new Dataset("Mobility density grid", "CC-BY-4.0", true,
      LegalBasis.LEGITIMATE_INTEREST, "공개 집계 통계, 정당한 이익 평가 2021-03 / Public aggregate statistics; legitimate-interest assessment March 2021");
  private static final Datasheet DATASHEET = new Datasheet("팬데믹 대응 연구 / Pandemic response research",
      "음성 명령 120만 건, 격자별 유동 인구 / 1.2 M voice commands; footfall per grid cell",
      "가명 처리 후 수집, 동의 철회 반영 / Pseudonymised at collection; withdrawals honoured",
      "화자 식별 정보 제거, k-익명성 20 / Speaker identifiers removed; k-anonymity 20",
      "감염 위험 안내 연구 / Infection-risk guidance research", "승인된 연구자에게 게이트 공개 / Gated to approved researchers",
      "분기별 갱신, AI R&D 협의체 관리 / Quarterly updates by the AI R&D council");

  private final DemoActors actors;
  private final IdentityService identityService;
  private final AiOutputRegistry registry;
  private final AiOutputPublications publications;
  private final JdbcClient jdbc;

  DemoPublications(DemoActors actors, IdentityService identityService, AiOutputRegistry registry, AiOutputPublications publications, JdbcClient jdbc) {
    this.actors = actors;
    this.identityService = identityService;
    this.registry = registry;
    this.publications = publications;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    MEMBERS.forEach(actors::ensureMember);
    REVIEWERS.forEach((userId, group) -> {
      actors.ensureUser(userId, userId, userId);
      if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identityService.createMembership(userId, group);
      }
    });
    if (jdbc.sql("select count(*) from ai_output").query(Long.class).single() > 0) {
      return;
    }
    LOG.info("Creating demo AI outputs");
    // the AI R&D council's pandemic AI: gates pass, the three reviews wait; SKT, Kakao and Samsung must all approve
    String pandemicAi = registry.register(new AiOutputRequest("Pandemic risk AI", Kind.MODEL, Modality.MULTIMODAL,
        "1.0.0", List.of("SKT", "KAKAO", "SAMSUNG"), true,
        "사용자 위치의 감염 위험도를 실시간으로 평가하고 거리두기나 우회 경로를 제안합니다 / Rates the infection risk at a user's location in real time and suggests distancing or a detour",
        List.of(VOICE, MOBILITY), new ModelCard("위치별 감염 위험 안내 / Location risk guidance for the public",
            "실내 환기·마스크 착용은 반영하지 않음 / Does not see ventilation or mask use",
            "음성 명령과 유동 인구 격자 / Voice commands and the mobility grid", "2021년 확진 데이터 대비 AUC 0.87 / AUC 0.87 against 2021 cases",
            "위험 과소평가 시 과신 / Over-reliance when risk is underestimated"), DATASHEET), "ai-lead");
    publications.requestPublication(pandemicAi,
        new PublicationRequest(Audience.ACADEMIA, OutputLicence.OPENRAIL_M, ReleaseType.STAGED), "ai-lead");
    // the voice dataset itself, registered and not yet requested
    registry.register(new AiOutputRequest("Synergy voice commands", Kind.DATASET, Modality.VOICE, "2021.07",
        List.of("SKT", "KAKAO"), false, "가명 처리된 한국어 음성 명령 / Pseudonymised Korean voice commands",
        List.of(VOICE), null, DATASHEET), "ai-lead2");
  }

}
