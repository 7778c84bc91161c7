package com.synergycouncil.patents.internal;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.council.BriefingText;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.DocumentLink;
import com.synergycouncil.council.SubjectBriefing;
import com.synergycouncil.patents.PatentReleaseProcess;
import com.synergycouncil.patents.ReleaseKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The briefing on a patent release request for the executives voting on it: the request (kind, partner or recipient,
 * use plan) and its release passport in figures (how many patents passed, how many were left out and why, the risk
 * the PatentReleaseRisk decision gave them, FRAND commitments, jurisdictions, every co-owner's consent). A few
 * grouped queries, whatever the number of patents.
 */
@Component
class ReleaseBriefing implements SubjectBriefing {

  private final JdbcClient jdbc;
  private final CouncilRoster roster;

  ReleaseBriefing(JdbcClient jdbc, CouncilRoster roster) {
    this.jdbc = jdbc;
    this.roster = roster;
  }

  private record Request(long id, String reference, ReleaseKind kind, String partnerCode, String programmeName,
      String recipientName, String recipientBrn, String usePlan, String fieldOfUse, String riskLevel,
      String submittedBy, Instant submittedAt) {
  }

  @Override
  public boolean supports(String subjectType) {
    return PatentReleaseProcess.SUBJECT_TYPE.equals(subjectType);
  }

  @Override
  public Briefing brief(String subjectRef, Map<String, Object> requestingProcess) {
    Request request = jdbc.sql("select * from release_request where reference = ?").param(subjectRef)
        .query(ReleaseBriefing::toRequest).optional().orElse(null);
    if (request == null) {
      return Briefing.notFound(subjectRef);
    }
    return new Briefing(summary(request), passport(request),
        List.of(new DocumentLink("특허 공개 여권", "Release passport", "/patents/releases/" + request.reference())));
  }

  private String summary(Request request) {
    BriefingText text = new BriefingText()
        .line("요청 종류 / Kind", request.kind() + " · " + kind(request.kind()))
        .line("제안 파트너 / Proposing partner", request.partnerCode() == null ? null : roster.partnerName(request.partnerCode()))
        .line("프로그램 / Programme", request.programmeName())
        .line("수령 기업 / Recipient", request.recipientName() == null ? null
            : request.recipientName() + (request.recipientBrn() == null ? "" : " (" + request.recipientBrn() + ")"))
        .line("활용 계획 / Use plan", request.usePlan())
        .line("실시 분야 / Field of use", request.fieldOfUse());
    Map<String, Long> passports = counts("""
        select passport, count(*) from release_request_patent where request_id = ? group by passport""", request.id());
    text.line("특허 / Patents", "%d건 / patents · 통과 / passed %d · 제외 / left out %d · 동의 대기 / awaiting consent %d"
        .formatted(passports.values().stream().mapToLong(Long::longValue).sum(), passports.getOrDefault("PASSED", 0L),
            passports.getOrDefault("FAILED", 0L), passports.getOrDefault("CONSENT", 0L)));
    return text.line("요청 / Submitted", Briefing.time(request.submittedAt()) + " · "
        + roster.displayName(request.submittedBy())).toString();
  }

  private String passport(Request request) {
    BriefingText text = new BriefingText()
        .line("위험 등급 (DMN PatentReleaseRisk) / Risk level", request.riskLevel() == null ? "-" : request.riskLevel());
    text.heading("통과한 특허의 위험 등급 / Risk of the patents that passed");
    Map<String, Long> risks = counts("""
        select risk_level, count(*) from release_request_patent
        where request_id = ? and passport = 'PASSED' and risk_level is not null group by risk_level""", request.id());
    if (risks.isEmpty()) {
      text.item("없음 / none");
    }
    for (String level : List.of("LOW", "MEDIUM", "HIGH")) {
      if (risks.containsKey(level)) {
        text.item(level + ": " + risks.get(level) + "건 / patents");
      }
    }
    text.heading("제외 사유 / Why patents were left out");
    Map<String, Long> reasons = counts("""
        select reason, count(*) from release_request_patent
        where request_id = ? and passport = 'FAILED' group by reason order by count(*) desc, reason""", request.id());
    if (reasons.isEmpty()) {
      text.item("없음 / none");
    }
    reasons.forEach((reason, count) -> text.item(reason + ": " + count + "건 / patents"));
    long frand = jdbc.sql("select count(*) from release_request_patent where request_id = ? and frand and passport = 'PASSED'")
        .param(request.id()).query(Long.class).single();
    text.line("표준필수특허 (FRAND 승계) / Standard-essential, FRAND carried over", frand + "건 / patents");
    text.line("관할 / Jurisdictions", String.join(", ", jdbc.sql("""
        select distinct jurisdictions from release_request_patent
        where request_id = ? and passport = 'PASSED' and jurisdictions is not null order by jurisdictions""")
        .param(request.id()).query(String.class).list()));
    text.heading("공동소유자 동의 (특허법 제99조) / Co-owner consents (Patent Act Art. 99)");
    List<String> consents = jdbc.sql("""
        select organisation, decision, decided_by, decided_at, comment from release_co_owner_consent
        where request_id = ? order by decided_at, organisation""").param(request.id())
        .query((rs, row) -> rs.getString("organisation") + ": "
            + ("GRANTED".equals(rs.getString("decision")) ? "동의 / GRANTED" : "거절 / REFUSED") + " · "
            + roster.displayName(rs.getString("decided_by")) + " · "
            + Briefing.time(rs.getTimestamp("decided_at").toInstant())
            + (rs.getString("comment") == null ? "" : "\n의견 / Comment: " + rs.getString("comment")))
        .list();
    if (consents.isEmpty()) {
      text.item("필요 없음 / none needed");
    }
    consents.forEach(text::item);
    return text.toString();
  }

  private Map<String, Long> counts(String sql, long requestId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).param(requestId).query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }

  private static String kind(ReleaseKind kind) {
    return switch (kind) {
      case OPENING -> "공개 프로그램: 중소기업에 무상 통상실시권 / opening programme: royalty-free licences to SMEs";
      case POOL -> "공동 특허 풀 편입 / contribution to the joint pool";
      case TRANSFER -> "중소기업 무상 양도 / free transfer to an SME";
      case LICENCE -> "중소기업 무상 실시권 / free licence to an SME";
    };
  }

  private static Request toRequest(ResultSet rs, int row) throws SQLException {
    return new Request(rs.getLong("id"), rs.getString("reference"), ReleaseKind.valueOf(rs.getString("kind")),
        rs.getString("partner_code"), rs.getString("programme_name"), rs.getString("recipient_name"),
        rs.getString("recipient_brn"), rs.getString("use_plan"), rs.getString("field_of_use"),
        rs.getString("risk_level"), rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant());
  }
}
